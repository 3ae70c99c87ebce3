def f(x):
    if x:
        return
    print(x)
