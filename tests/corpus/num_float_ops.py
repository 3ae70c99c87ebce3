x = 3.75
print(int(x), int(-x), float(7), float("  2.5 "))
print(x.is_integer(), (4.0).is_integer())
print(abs(-x), x * 2, x - 0.75)
print(max(1.5, 2), min(-1, -1.5))
print(round(x, 1), round(1234.5678, -2))
print(float("1e3"), float(10 ** 20))
print(sum([0.1] * 10))
print(divmod(7.0, 2))
