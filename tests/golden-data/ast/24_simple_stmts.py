pass
del a
del a, b
del a[0], b.c
del (a, b)
del [a, b]
global g
global g1, g2
def f():
    nonlocal n
assert x
assert x, "msg"
raise
raise E
raise E from c
return_ = 1
x = 1; y = 2; z = 3
