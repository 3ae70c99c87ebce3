# Builtins consuming generators (sum, list, tuple, sorted, join, any/all): the generator's own
# view of itself while it runs, values the fast consumer refuses, exceptions mid-way, handled
# exception state across yields, refcounts of yielded objects.
import sys, gc

def nums(n):
    for i in range(n):
        yield i

def watch(n):
    me = yield_self[0]
    for i in range(n):
        yield (me.gi_running, me.gi_suspended, me.gi_frame.f_lineno, sys._getframe(1).f_code.co_name)

yield_self = [None]
g = watch(3); yield_self[0] = g
print(list(g))
g = watch(2); yield_self[0] = g
print(sorted(g), g.gi_running, g.gi_frame)

print(sum(nums(1000)), sum(nums(10), 5), sum(nums(5), 2.5), sum(nums(0)))

def mixed():
    yield 1; yield 2**60; yield 2**60; yield 1.5; yield 3; yield True

print(sum(mixed()))

def big():
    yield 2**53 - 1
    yield 1
    yield 1
print(sum(big()))

def fails(n):
    for i in range(n):
        yield i
    raise KeyError('boom')

for f in (sum, list, tuple, sorted, set, frozenset):
    try:
        f(fails(4))
    except KeyError as e:
        print(f.__name__, 'KeyError', e)

def stop_early():
    yield 1; yield 2
    return 99

g = stop_early()
print(list(g), list(g), g.gi_frame)

class Obj:
    def __init__(self, n): self.n = n
    def __add__(self, o): return Obj(self.n + (o.n if isinstance(o, Obj) else o))
    __radd__ = __add__

def objs():
    for i in range(4):
        yield Obj(i)
print(sum(objs()).n, sum(objs(), Obj(10)).n)

def handled():
    try:
        raise ValueError('inside')
    except ValueError:
        for i in range(3):
            yield (i, repr(sys.exc_info()[1]))
try:
    raise TypeError('outside')
except TypeError:
    print(list(handled()), repr(sys.exc_info()[1]))

x = object()
def refs(k):
    for _ in range(k):
        yield x
base = sys.getrefcount(x)
lst = list(refs(5))
print(sys.getrefcount(x) - base)
del lst
print(sys.getrefcount(x) - base)

print(', '.join(str(i) for i in range(5)))
print(any(i > 3 for i in nums(10)), all(i < 3 for i in nums(10)), any(nums(0)), all(nums(0)))

def counting():
    n = 0
    for i in nums(6):
        n += 1
        yield i
    yield -n
g = counting()
print(sum(g), g.gi_running, g.gi_suspended, g.gi_frame)

# A generator that resumes another one from inside a builtin-driven loop.
def outer():
    inner = nums(3)
    for v in nums(3):
        yield v + next(inner)
print(sum(outer()), list(outer()), max(outer()), min(outer()))

# Re-entrancy: the generator tries to drive itself while being drained.
def selfish():
    yield 1
    try:
        sum(me)
    except ValueError as e:
        yield str(e)
me = selfish()
print(list(me))

gc.collect()
def collects():
    for i in range(3):
        gc.collect()
        yield i
print(sum(collects()), list(collects()))

# Membership and any/all stop at the deciding item and leave the generator suspended there.
g = nums(10)
print(5 in g, next(g), 'a' in (c for c in 'xyz'), 'y' in (c for c in 'xyz'), 3 in nums(3), 2.0 in nums(3))
g = nums(10)
print(any(i > 3 for i in g), 7 in g, next(g), any([0, None, False, '', 2]), all(x for x in [1, True, 2**70, 0]))
class Eq:
    def __eq__(self, o): print('eq called with', o); return o == 2
print(Eq() in nums(4))
g = (v for v in [0, 0, None, False, 0.0, 3, 1])
print(any(g), list(g))
g = (v for v in [1, True, 5, 2**64, [], 7])
print(all(g), list(g))

# sum() switching to floats part-way, then back to objects.
def floats(n):
    for i in range(n):
        yield i * 0.1
    yield 3
    yield 2**80
    yield 0.5
print(sum(floats(50)), sum(floats(3), 0.25), sum(x / 3 for x in range(30)), sum([1e100, 1.0, -1e100, 1.0]))
print(sum(v for v in [0.1] * 10), sum(v for v in [1, 2.5, Obj(1)] if not isinstance(v, Obj)))
try:
    sum(v for v in [1.5, 'x'])
except TypeError as e:
    print('TypeError', e)
