def f(x):
    if x:
        return
    if x > 1:
        return 5
    return (x +
        1)
