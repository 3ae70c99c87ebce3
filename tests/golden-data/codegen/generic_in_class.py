class Outer:
    type A = int
    def m[T](self, x: T):
        pass
