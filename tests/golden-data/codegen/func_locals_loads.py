def f(a):
    b = a
    c = b
    del c
    return len(b)
