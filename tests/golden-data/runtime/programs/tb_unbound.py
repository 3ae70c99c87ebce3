def f():
    print(value)
    value = 3
f()
