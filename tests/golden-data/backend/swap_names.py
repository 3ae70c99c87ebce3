a, b = b, a
a, b, c = c, b, a
