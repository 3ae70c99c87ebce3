for a, (b, c) in items:
    print(a, b, c)
for *a, b in items:
    pass
