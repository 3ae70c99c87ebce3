def f(y):
    return [x for x in y]
