def f(data):
    ys = [y for x in data if (y := g(x))]
    return ys, y
