a = b = c = f()
x.y = z[0] = 1
