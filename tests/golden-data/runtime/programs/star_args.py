def f(*args, **kwargs):
    return args, kwargs
print(f(1, *[2, 3], 4, **{"a": 1}, b=2))
l = [1, 2]
print(*l, sep="-", end="!\n")
print([*l, *"ab"], (*l,), {*l, 3}, {**{"x": 1}, "y": 2})
a, *b, c = range(6)
print(a, b, c)
def g(a, b, /, c, *, d=4):
    return (a, b, c, d)
print(g(*(1, 2), **{"c": 3}))
