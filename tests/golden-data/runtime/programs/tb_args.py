def f(a, b, c=1):
    pass
f(1)
