class C:
    global g
    g = 1
    def f(self):
        global h
        h = 2
