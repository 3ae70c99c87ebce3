# _heapq / _bisect accelerators: results, comparison calls, errors, refcounts.
import bisect, heapq, sys, random

print(heapq.heappush.__module__ if hasattr(heapq.heappush, '__module__') else None, type(heapq.heappop).__name__)
print(type(bisect.bisect_left).__name__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"

rng = random.Random(12345)
vals = [rng.randrange(100) for _ in range(40)]
h = [K(v) for v in vals]
heapq.heapify(h)
print([k.v for k in h])
print(len(calls), calls[:12])
calls.clear()
out = [heapq.heappop(h).v for _ in range(10)]
print(out, len(calls), calls[:10])
calls.clear()
heapq.heappush(h, K(-1)); heapq.heappush(h, K(50))
print([k.v for k in h], calls)
calls.clear()
print(heapq.heapreplace(h, K(7)).v, heapq.heappushpop(h, K(0)).v, heapq.heappushpop(h, K(99)).v, [k.v for k in h], calls)

# ties keep CPython's order (tuples with equal keys)
t = [(rng.randrange(5), i) for i in range(30)]
heapq.heapify(t)
print(t)
print([heapq.heappop(t) for _ in range(8)])

# big heapify (> 2500: cache-friendly order)
big = [rng.randrange(10**6) for _ in range(6000)]
b2 = list(big)
heapq.heapify(big)
print(big[:20], big[2990:3000], sum(i * x for i, x in enumerate(big)) % 1000003)
heapq._heapify_max(b2)
print(b2[:20], sum(i * x for i, x in enumerate(b2)) % 1000003)
print([heapq._heappop_max(b2) for _ in range(5)], heapq._heapreplace_max(b2, 5), b2[:8])
print(heapq.nlargest(5, vals), heapq.nsmallest(5, vals), heapq.nsmallest(3, vals, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))

# heap of floats/mixed ints and floats
fh = [3.5, 1, 2.25, 1.0, -0.0, 0, 7]
heapq.heapify(fh); print(fh)

# errors
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappop((1,)),
          lambda: heapq.heappush([], 1, 2), lambda: heapq.heapify(), lambda: heapq.heappush([1, 'a'], 2),
          lambda: heapq.heappush([None], None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 3))

class Shrinker:
    def __init__(self, v, lst): self.v = v; self.lst = lst
    def __lt__(self, other):
        self.lst.clear()
        return True
lst = []
lst.extend([Shrinker(i, lst) for i in range(5)])
try: heapq.heappush(lst, Shrinker(9, lst))
except Exception as e: print(type(e).__name__, e)

# refcounts
x = object()
base = sys.getrefcount(x)
hh = []
for i in range(5): heapq.heappush(hh, (i, x))
print(sys.getrefcount(x) - base)
while hh: heapq.heappop(hh)
print(sys.getrefcount(x) - base)
s = 'spam-unique-' + str(len(vals))
base = sys.getrefcount(s)
hh = [s]
r = heapq.heappushpop(hh, s + 'z')
print(r == s, sys.getrefcount(s) - base)
del r, hh
print(sys.getrefcount(s) - base)

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, v) for v in range(10)], [bisect.bisect_right(a, v) for v in range(10)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, 0, -5))
print(bisect.bisect(a, 4, lo=1, hi=None), bisect.bisect_left(a, 4, hi=3))
calls.clear()
ka = [K(v) for v in (1, 3, 5, 7, 9, 11)]
print(bisect.bisect_left(ka, K(6)), calls); calls.clear()
print(bisect.bisect_right(ka, K(7)), calls); calls.clear()
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
l2 = [1, 3, 5]
for v in (0, 4, 3, 9, 3): bisect.insort(l2, v); bisect.insort_left(l2, v + 0.5)
print(l2)

class MyList(list):
    def insert(self, i, v):
        print('insert', i, v)
        super().insert(i, v)
ml = MyList([1, 5, 9])
bisect.insort(ml, 6); print(ml)

class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i):
        print('get', i)
        return self.d[i]
print(bisect.bisect_left(Seq([1, 3, 5, 7]), 5))

class NI:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        NI.n += 1
        return NotImplemented
    def __gt__(self, o):
        return self.v > o.v
print(bisect.bisect_left([NI(1), NI(2), NI(3)], NI(2)), NI.n)

for f in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(3, 1), lambda: bisect.bisect({1: 2}, 1),
          lambda: bisect.bisect(a, 1, 0.0), lambda: bisect.bisect(a), lambda: bisect.bisect(a, 1, 0, 1, None),
          lambda: bisect.bisect(a, 1, foo=2), lambda: bisect.bisect(a, 'x'), lambda: bisect.bisect([1, 2], 1, 0, 5),
          lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect(a, 1, 2**64)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
x = object()
base = sys.getrefcount(x)
L = []
for i in range(4): bisect.insort(L, (i, x))
print(sys.getrefcount(x) - base, len(L))
