def f(x):
    if x:
        return None
    elif x > 2:
        return "s"
    return (1, 2)
