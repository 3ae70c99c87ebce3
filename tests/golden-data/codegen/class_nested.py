class A:
    class B:
        def f(self):
            pass
    def g(self):
        class C:
            pass
        return C
