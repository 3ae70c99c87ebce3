def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x = 2
        return c
    return b
