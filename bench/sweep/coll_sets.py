# set ops: union, intersection, difference, update, comprehension, membership
acc = 0
for rep in range(40):
    a = {i * 3 % 1000 for i in range(800)}
    b = set(range(rep, 1000, 7))
    u = a | b
    inter = a & b
    diff = a - b
    sym = a ^ b
    c = set()
    c.update(inter)
    c |= diff
    fz = frozenset(sym)
    hits = sum(1 for i in range(1000) if i in fz)
    acc += len(u) + len(inter) + len(diff) + len(c) + hits
    acc += a.issubset(u) + u.issuperset(b) + a.isdisjoint(diff)
print(acc)
