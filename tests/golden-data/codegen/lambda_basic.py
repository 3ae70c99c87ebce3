f = lambda: 0
g = lambda x, y=2, *a, k=1, **kw: x + y
