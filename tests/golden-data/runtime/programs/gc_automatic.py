import gc
collected = []
snapshots = []
class N:
    def __del__(self):
        collected.append(self.i)
gc.collect()
for i in range(3000):
    n = N()
    n.i = i
    n.me = n
    if i % 250 == 0:
        snapshots.append((i, gc.get_count(), len(collected)))
for s in snapshots:
    print(*s)
print(len(collected), collected[:3], collected[-1])
