a, *b, c = range(10)
x, y = y, x = 1, 2
