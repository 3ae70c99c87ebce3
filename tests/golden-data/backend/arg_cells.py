def f(a, b, *args, c, **kw):
    def g():
        return a, args, c, kw
    b = 2
    return g
