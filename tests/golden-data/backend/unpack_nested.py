(a, b), c = x
[d, [e, f]] = y
