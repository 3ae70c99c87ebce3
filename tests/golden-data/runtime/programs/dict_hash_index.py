# Dicts with non-str keys past the small size: hash collisions, deletions (tombstones), reinsertion,
# mixed str/non-str keys, equal keys of different types, sizes, popitem, clear.
import sys
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K{self.v}"
d = {}
for i in range(100):
    d[K(i)] = i
print(len(d), d[K(55)], K(101) in d)
for i in range(0, 100, 3):
    del d[K(i)]
print(len(d), list(d.items())[:5], K(3) in d, K(4) in d)
e = {}
keys = [-1, -2, 2**61 - 1, 2**61, 0, 1.0, 2**64 + 1, 1 + 2**61 - 1, (1, 2), frozenset({1}), None, 3.5, -2**63, 2**100]
for i, k in enumerate(keys * 2):
    e[k] = i
print(e)
for i in range(1000):
    e[i] = i
    e[str(i)] = -i
print(len(e), e[999], e["998"], e[1], e[True], e.get(-1), e.get(-2), e[2**61])
for i in range(0, 1000, 2):
    del e[i]
    e.pop(str(i + 1))
print(len(e), sum(k for k in e if isinstance(k, int) and k < 10000), list(e)[:12])
for i in range(1000):
    e[i] = i * 2
print(len(e), e[500], e[501], list(e)[-3:])
print(sys.getsizeof(e))
while len(e) > 3:
    e.popitem()
print(e)
e.clear(); e[5] = 1
print(e, sys.getsizeof(e))
f = {i: i for i in range(50)}
for i in range(50): del f[i]
print(f, len(f)); f[3] = 3; print(f, sys.getsizeof(f))
g = dict.fromkeys(range(20)); g.update({(1,2): 1, 2.0: 'x'}); print(g)
nan = float('nan'); h = {nan: 1}; h[nan] = 2; h[float('nan')] = 3; print(len(h))
