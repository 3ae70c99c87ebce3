cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 2.5 // 0.0,
    lambda: divmod(3, 0),
    lambda: 0 ** -1,
    lambda: 10 ** 400 * 1.0,
    lambda: 2.0 ** 10000,
]
for c in cases:
    try:
        c()
    except ArithmeticError as e:
        print(type(e).__name__ + ":", e)
