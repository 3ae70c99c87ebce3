def a():
    def b():
        def c():
            return 1
        return c
    return b

class X:
    class Y:
        def z(self):
            return lambda: [i for i in range(3)]
