f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
i = lambda *args, **kw: args
j = lambda a, /, b, *, c: 0
k = lambda a=1, /, b=2, *c, d, e=3, **f: 0
l = lambda *, a: a
m = lambda x: (yield)
