def f():
    global a, b, c
    a = b = c = 1
