a = b = c = 5
d, e = 1, 2
