# format() of numbers: grouping with ',' and '_', exponent, general, percent, bases.
n = 0
samples = []
for i in range(1, 20000):
    x = i * 12345.678
    parts = (format(i * 9999, ","), format(i * 9999, "_"), format(x, ".3e"), format(x, "g"),
             format(i / 20000, ".1%"), format(i, "b"), format(i, "#x"), format(x, ",.2f"), format(-i, "08d"))
    n += sum(len(p) for p in parts)
    if i % 4000 == 0:
        samples.append(" ".join(parts))
print(n)
print("\n".join(samples))
