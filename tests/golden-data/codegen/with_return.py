def f():
    with g() as x:
        return x
