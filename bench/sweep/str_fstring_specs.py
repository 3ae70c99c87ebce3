# f-strings with format specs: alignment, precision, thousands, hex, sign, zero padding.
rows = []
total = 0
for i in range(25000):
    x = i * 1.37
    line = f"{i:>6}|{x:10.2f}|{i * 1234:,}|{i:08x}|{-x:+.1e}|{i % 100:<4}|{x / 7:.3%}"
    total += len(line)
    if i % 5000 == 0:
        rows.append(line)
print(total)
print("\n".join(rows))
