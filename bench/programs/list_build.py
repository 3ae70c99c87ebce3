def build(n):
    out = []
    for i in range(n):
        out.append(i * 2)
    return out
total = 0
for _ in range(20):
    xs = build(50000)
    total += len(xs) + xs[-1]
ys = []
for k in range(200000):
    ys.append([k, k + 1])
print(total, len(ys), ys[-1])
