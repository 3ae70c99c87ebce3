class C:
    xs = [i for i in range(3)]
    ys = [y for y in xs if y]
