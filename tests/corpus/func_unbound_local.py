x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 2
f()
def g():
    def h():
        return y
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
g()
