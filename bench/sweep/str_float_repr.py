# repr/str of floats and round(): printing computed values.
vals = []
acc = 0.0
for i in range(1, 40000):
    x = i / 7 + 1 / i
    acc += x
    vals.append(repr(x))
    vals.append(str(round(x, 3)))
total = sum(len(v) for v in vals)
print(total, vals[:4], repr(acc), str(acc * 1e-20), repr(1e22 / 3))
