del a.b.c
del a[0][1]
del (a), [b]
del a,
