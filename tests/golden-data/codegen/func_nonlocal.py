def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
