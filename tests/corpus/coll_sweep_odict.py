import sys, copy, pickle
from collections import OrderedDict
od = OrderedDict()
print(repr(od), sys.getsizeof(od), type(od), OrderedDict.__module__)
for i in range(12):
    od[i] = i * i
    print(i, sys.getsizeof(od))
od.move_to_end(3)
od.move_to_end(7, last=False)
print(od, list(od), list(od.keys()), list(od.values())[:3], list(od.items())[:3])
print(od.popitem(), od.popitem(last=False), od.popitem(False))
print(list(reversed(od)), list(reversed(od.items()))[:2], list(reversed(od.values()))[:2])
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, type(iter(od)).__name__, type(reversed(od.values())).__name__, isinstance(od.keys(), type({}.keys())))
a = OrderedDict.fromkeys("abc", 0); b = OrderedDict.fromkeys("cba", 0)
print(a, a == b, a == dict(b), dict(a) == b, a != b, type(a))
print(a | {"z": 1}, {"z": 1} | a, type({"z": 1} | a))
a |= {"q": 5}; print(a)
print(a.copy(), copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a)))
print(a.__reduce__()[:4])
try:
    for k in od: od[100] = 1
except RuntimeError as e: print("RE", e)
try:
    for k in od: od.move_to_end(k)
except RuntimeError as e: print("RE", e)
try: od.move_to_end("nope")
except KeyError as e: print("KE", e)
try: OrderedDict().popitem()
except KeyError as e: print("KE", e)
try: OrderedDict(1, 2)
except TypeError as e: print("TE", e)
try: od.update(1, 2)
except TypeError as e: print("TE", e)
x = OrderedDict([(1, 2), (3, 4)], z=5); print(x, x.setdefault(9, 1), x.setdefault(1), x.pop(3), x)
x.foo = 3; print(x.foo, x.__dict__)
class Sub(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
s = Sub(a=1); s.update(b=2); print(s, s.copy(), type(s.copy()))
r = OrderedDict(); r[1] = r; print(r)
od.clear(); print(od, sys.getsizeof(od), len(od))
d = {1: 1}
class D(dict): pass
print(type(D.fromkeys([1, 2])), D.fromkeys("ab", 3))
e = dict.fromkeys(range(5)); print(e)
big = {i: i for i in range(100)}
while big: big.popitem()
print(big)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
import json; print(json.dumps(OrderedDict([("b", 1), ("a", 2)])))
import weakref
w = weakref.ref(a)
print(w() is a, sys.getsizeof(iter(OrderedDict())), sys.getsizeof(OrderedDict().keys()))
# an LRU cache over move_to_end / popitem(last=False), big enough to reindex and compact
lru = OrderedDict()
hits = 0
for i in range(3000):
    k = (i * 7) % 151 if i % 3 else i % 50
    if k in lru:
        lru.move_to_end(k)
        hits += 1
    else:
        lru[k] = i
        if len(lru) > 40:
            lru.popitem(last=False)
    if i % 500 == 0:
        lru.move_to_end(next(iter(lru)), last=False)
print(hits, len(lru), list(lru)[:8], list(reversed(lru))[:4], sys.getsizeof(lru))
sk = OrderedDict((str(i), i) for i in range(30))
for i in range(0, 30, 4):
    sk.move_to_end(str(i))
sk.move_to_end("29", last=False)
print(list(sk)[:10], sk["8"], "8" in sk, len(sk))
