class C:
    a = 1
    b = [a for _ in range(2)]
    c = [y for y in range(3)]
