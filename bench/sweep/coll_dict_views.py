# dict views: keys() set ops, items() membership, values()
a = {i: i * i for i in range(2000)}
b = {i: -i for i in range(1000, 3000)}
acc = 0
for rep in range(30):
    common = a.keys() & b.keys()
    only_a = a.keys() - b.keys()
    acc += len(common) + len(only_a)
    acc += sum(1 for k in range(0, 3000, 7) if k in a.keys())
    acc += (5, 25) in a.items()
    acc += max(a.values()) % 1000
    acc += len(list(reversed(a.keys())))
print(acc)
