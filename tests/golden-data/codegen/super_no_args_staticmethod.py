class C:
    @staticmethod
    def f():
        return super().x
