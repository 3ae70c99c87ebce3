# OrderedDict as an LRU cache with move_to_end / popitem
from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            return self.d[k]
        return -1
    def put(self, k, v):
        if k in self.d:
            self.d.move_to_end(k)
        self.d[k] = v
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
cache = LRU(100)
hits = 0
for i in range(40000):
    k = (i * 7) % 151 if i % 3 else i % 50
    if cache.get(k) >= 0:
        hits += 1
    else:
        cache.put(k, i)
print(hits, len(cache.d), next(iter(cache.d)))
