def f(a, b):
    return a / b
def g():
    x = 1
    return f(x, 0) + 1
g()
