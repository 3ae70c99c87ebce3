super = 1
class C:
    def f(self):
        return super().f()
