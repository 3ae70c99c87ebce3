def f(a, *b, c=1, **d) -> int: ...
x[1:2, ::3]
(y := 1)
@dec
def g(): pass
