# collections.deque as CPython's C type: names, reprs, maxlen, rotation, indexing, errors,
# mutation during iteration, copying/pickling, comparisons, subclassing, sizes, GC of cycles.
import sys, gc, copy, pickle, io, importlib

class _Loader(pickle._Unpickler):
    # find_class without sys.audit (pure-Python unpickler, as in both implementations)
    def find_class(self, module, name):
        import _compat_pickle
        if self.proto < 3:
            module, name = _compat_pickle.NAME_MAPPING.get((module, name), (module, name))
            module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        return getattr(importlib.import_module(module), name)

def unpickle(data):
    return _Loader(io.BytesIO(data)).load()
from collections import deque
import _collections

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(deque, deque.__module__, deque.__name__, deque.__qualname__)
print(type(iter(deque())), type(reversed(deque())))
print(_collections._deque_iterator is type(iter(deque())), _collections._deque_reverse_iterator)
d = deque([1, 2, 3])
print(d, repr(deque()), deque('abc', maxlen=2), deque(range(5), 3), deque(maxlen=0))
print(d.maxlen, deque(maxlen=4).maxlen)
show('bad maxlen', lambda: deque([], -1))
show('float maxlen', lambda: deque([], 1.5))
show('kw', lambda: deque(iterable=[1], maxlen=5))
show('bad kw', lambda: deque(foo=1))
show('too many', lambda: deque([], 1, 2))
show('not iterable', lambda: deque(5))
show('set maxlen', lambda: setattr(d, 'maxlen', 3))
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
show('index oob', lambda: d[10])
show('index neg oob', lambda: d[-10])
show('slice', lambda: d[1:2])
show('str idx', lambda: d['a'])
print(d.pop(), d.popleft(), d)
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
d.extend([4, 5, 6]); d.extendleft('ab')
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.rotate(0); print(d)
show('rotate float', lambda: d.rotate(1.0))
show('rotate 2 args', lambda: d.rotate(1, 2))
print(d.index(4), d.index(4, 2), d.count(4), 'b' in d, 'z' in d)
show('index missing', lambda: d.index('zz'))
show('index range', lambda: d.index(1, 0, 2))
show('index noargs', lambda: d.index())
d.insert(2, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); d.insert(-100, 'W')
print(d)
d.remove('X'); print(d)
show('remove missing', lambda: d.remove('nope'))
d.reverse(); print(d)
del d[0]; del d[-1]; d[1] = 'S'
print(d)
show('del oob', lambda: d.__delitem__(50))
show('set oob', lambda: d.__setitem__(50, 1))
m = deque(range(5), maxlen=5)
m.append(5); print(m)
m.appendleft(-1); print(m)
m.extend(range(10, 13)); print(m)
m.extendleft([100, 200]); print(m)
show('insert full', lambda: m.insert(0, 1))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1, 2, 3], 4) * 3)
show('add list', lambda: deque([1]) + [2])
show('mul str', lambda: deque([1]) * 'a')
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e *= 0; print(e)
e = deque('x', maxlen=3); e *= 10; print(e)
f = deque([1, 2]); f += f; print(f)
f.extend(f); print(f)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]),
      deque([1, 2]) <= deque([1]), deque([1, 2, 3]) > deque([1, 2]), deque([]) >= deque([]),
      deque([1]) == [1])
# mutation during iteration
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
show('mutated next', lambda: next(it))
show('after mutated', lambda: next(it))
d = deque([1, 2, 3]); r = reversed(d); print(next(r)); d.popleft()
show('rev mutated', lambda: next(r))
d = deque([1, 2, 3]); it = iter(d); d[0] = 9; print(list(it))
it = iter(deque('abcd')); next(it); print(it.__length_hint__(), it.__reduce__()[1:])
class Bad:
    def __eq__(self, other):
        dq.clear()
        return False
dq = deque([Bad(), 1])
show('count mutated', lambda: dq.count(1))
dq = deque([Bad(), 1])
show('remove mutated', lambda: dq.remove(1))
dq = deque([Bad(), 1])
show('contains mutated', lambda: 1 in dq)
# copy / pickle / reduce
d = deque([1, [2]], maxlen=5)
c = copy.copy(d); dc = copy.deepcopy(d)
print(c, dc, c[1] is d[1], dc[1] is d[1], d.copy(), d.__copy__())
print(d.__reduce__()[:3], type(d.__reduce__()[3]).__name__)
print(deque([1, 2]).__reduce__()[:3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = unpickle(pickle.dumps(d, proto))
    print(proto, p, p.maxlen)
it = iter(deque([1, 2, 3])); next(it)
print(list(unpickle(pickle.dumps(it))))
# subclass
class MyDeque(deque):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 't'
    def append(self, x):
        super().append(x * 10)
md = MyDeque([1, 2], maxlen=4)
md.append(3)
print(md, md.tag, type(md.copy()).__name__, md.copy(), copy.copy(md).tag, isinstance(md, deque))
print(MyDeque([1]) + deque([2]), type(MyDeque([1]) * 2).__name__)
pm = unpickle(pickle.dumps(md))
print(pm, pm.tag, pm.maxlen)
class Slotted(deque):
    __slots__ = ('a',)
s = Slotted([1]); s.a = 5; print(s, s.a)
print(deque[int], MyDeque[str])
# sizes
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(31))), sys.getsizeof(deque(range(64))),
      sys.getsizeof(deque(range(200))))
d = deque()
sizes = []
for i in range(130):
    d.appendleft(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
for i in range(100): d.popleft()
print(sys.getsizeof(d)); d.rotate(37); print(sys.getsizeof(d)); d.clear(); print(sys.getsizeof(d))
print(d.__sizeof__())
# GC: cycles through a deque are collected
gc.collect()
class Node:
    pass
n = Node(); n.q = deque([n]); del n
print(gc.collect() >= 2)
q = deque(); q.append(q); print(q); del q; print(gc.collect())
print(gc.is_tracked(deque()), sys.getrefcount(deque()))
x = object(); base = sys.getrefcount(x)
d = deque([x, x, x]); print(sys.getrefcount(x) - base)
d.rotate(1); d.reverse(); d.pop(); print(sys.getrefcount(x) - base)
del d; print(sys.getrefcount(x) - base)
print(deque.__doc__)
print(sorted(k for k in deque.__dict__ if not k.startswith('__')))
