t = True
f = False
print(t + 1, f - 1, t * 10, t / 2)
print(t and f, t or f, not t, not f)
print(int(t), float(f), str(t))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(True == 1, False == 0, 1 == 1.0)
print(isinstance(True, int), type(True).__name__)
