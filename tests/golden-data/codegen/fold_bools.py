a = True + 1
b = True & False
c = ~0
d = not ()
e = -True
f = True | 2
