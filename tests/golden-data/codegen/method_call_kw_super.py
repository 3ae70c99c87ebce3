class C(B):
    def f(self, **kw):
        return super().f(a=1, b=2)
    def g(self, *a):
        return super().g(*a)
