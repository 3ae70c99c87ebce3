g = 0
def f():
    global g
    g = g + 1
    del g
