class C:
    x = 1
    y = [[x for _ in range(2)] for _ in range(3)]
    z = {k: v for k, v in d.items()}
