def f(a, b):
    return list((i, j) for i in a for j in b)
