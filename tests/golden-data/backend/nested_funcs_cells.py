def f(a):
    b = 1
    def g():
        return a + b
    def h():
        nonlocal b
        b = 2
    return g, h
