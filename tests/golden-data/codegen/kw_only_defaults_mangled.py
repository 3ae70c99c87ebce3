class C:
    def f(self, *, __a=1, b=2):
        pass
