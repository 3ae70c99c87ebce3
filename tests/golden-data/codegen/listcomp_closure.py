def f(a):
    return [lambda: x for x in a]
