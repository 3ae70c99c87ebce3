del a
del a.b, c[1]
del d[1:2]
del (e, f)
