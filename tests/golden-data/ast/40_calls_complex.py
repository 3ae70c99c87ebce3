f(a, b, *c, d=e, **f)
f(*a, b)
f(a=1, b=2)
f(**a, b=1)
f(x for x in y)
obj.m(*args, **kwargs).n()
f(
    a,
    b,
)
f(a,)
