f = lambda x, y=2, *a, k=3, **kw: x + y
