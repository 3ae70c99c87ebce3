# dict comprehensions, dict(zip()), `in`, sorted items by value
names = ["n%d" % i for i in range(3000)]
scores = [(i * 7919) % 1000 for i in range(3000)]
acc = 0
for r in range(15):
    d = dict(zip(names, scores))
    sq = {k: v * v for k, v in d.items() if v % 3}
    hits = sum(1 for n in names if n in sq)
    top = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    acc += hits + len(sq) + top[0][1]
print(acc, top)
