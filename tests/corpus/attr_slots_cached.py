# __slots__ members read and written through the per-instruction attribute cache: subclasses with
# and without slots, unset slots (AttributeError), del, refcounts of stored values, __del__ of a
# replaced value.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q(P):
    __slots__ = ('z',)
class R(P):
    pass
ps = [P(i, -i) for i in range(5)] + [Q(1, 2)] + [R(3, 4)]
ps[-2].z = 9
ps[-1].w = 7
tot = 0
for _ in range(3):
    for p in ps:
        tot += p.x * 2 + p.y
        p.x = p.x + 1
print(tot, [(p.x, p.y) for p in ps], ps[-2].z, ps[-1].w)
q = Q(5, 6)
try:
    q.z
except AttributeError as e:
    print("AE", e)
del q.x
try:
    print(q.x)
except AttributeError as e:
    print("AE", e)
q.x = 11
print(q.x)
import sys
o = object()
p = P(o, o)
print(sys.getrefcount(o))
p.x = 1
print(sys.getrefcount(o))
class D:
    def __del__(self): print("del D")
p.y = D()
p.y = 3
print("after")
