a, *b, (c, *d) = e
for x, *y in z:
    pass
