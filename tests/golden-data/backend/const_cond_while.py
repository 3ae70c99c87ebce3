while 1:
    if f():
        break
    g()
