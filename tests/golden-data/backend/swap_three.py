a, b, c = c, a, b
