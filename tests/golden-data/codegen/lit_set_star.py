s = {*a, 1, *b}
l = [*a, *b, c]
t = (*a, b)
