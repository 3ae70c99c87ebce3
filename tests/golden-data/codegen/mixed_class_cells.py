class A(B):
    def f(self):
        return [super().g() for _ in range(2)]
    def g(self):
        h = lambda: super().g()
        def i():
            return __class__
        return h, i
    y = {k: x for k in range(3)}
    z = (x for x in y)
    def k(self, a):
        [b := 1 for c in a]
        return b
def outer():
    n = 0
    def inner():
        nonlocal n
        [n := n + i for i in range(3)]
        return n
    return inner
def cells(a, b):
    c = [lambda: a for a in b]
    d = [lambda: x for x in b]
    return c, d, lambda: a
