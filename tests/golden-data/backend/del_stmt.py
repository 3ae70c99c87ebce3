del a, b[0], c.d
del e[1:2]
