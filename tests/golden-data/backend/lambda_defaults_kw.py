f = lambda a, /, b=1, *, c=2, **k: (a, b, c, k)
g = lambda: (yield)
