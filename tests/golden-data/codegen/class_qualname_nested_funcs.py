class A:
    def f(self):
        def g():
            class B:
                def h(self): pass
            return B
        return g
