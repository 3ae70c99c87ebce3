def a():
    def b():
        pass
    class C:
        def d(self):
            pass
    return b, C
