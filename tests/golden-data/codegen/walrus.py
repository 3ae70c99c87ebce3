if (n := len(a)) > 10:
    print(n)
def f():
    while (x := g()):
        pass
