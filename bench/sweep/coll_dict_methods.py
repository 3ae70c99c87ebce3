# dict.get / setdefault / pop / update / items iteration
inv = {}
for i in range(60000):
    k = "k%d" % (i % 500)
    inv[k] = inv.get(k, 0) + i % 7
groups = {}
for i in range(60000):
    groups.setdefault(i % 97, []).append(i)
total = 0
for k, v in inv.items():
    total += v
for k in list(inv.keys())[:250]:
    total += inv.pop(k)
extra = {("x%d" % i): i for i in range(2000)}
for _ in range(20):
    inv.update(extra)
vals = sum(inv.values())
print(total, len(groups), sum(len(g) for g in groups.values()), len(inv), vals)
