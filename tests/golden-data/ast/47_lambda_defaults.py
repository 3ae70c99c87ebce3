f = lambda x=lambda: 1: x
g = lambda *a, b=1: (a, b)
h = lambda **kw: kw
i = lambda a, b, /: a
