# map/filter/zip/enumerate/reversed/sorted with key and reverse, min/max/sum/any/all
data = [(i * 2654435761) % 100003 for i in range(30000)]
acc = 0
acc += sum(map(lambda x: x % 10, data))
acc += len(list(filter(lambda x: x & 1, data)))
acc += sum(a * b for a, b in zip(data, data[1:]))  % 1000
for i, v in enumerate(data):
    if i % 5000 == 0:
        acc += v
acc += sum(v for v in reversed(data[:1000]))
s1 = sorted(data, key=lambda v: (v % 100, v), reverse=True)
acc += s1[0] + s1[-1]
acc += max(data, key=lambda v: v % 997) + min(data, key=abs)
acc += any(v > 100000 for v in data) + all(v >= 0 for v in data)
acc += max(v % 1000 for v in data) + min(range(50, 100, 7))
print(acc)
