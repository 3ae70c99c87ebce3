# collections.defaultdict, _tuplegetter (namedtuple fields) and _count_elements (Counter) as
# CPython's C implementations: reprs, __missing__, default_factory, copy/pickle, |, subclassing,
# sizes, GC, error messages.
import sys, gc, copy, pickle, io, importlib
from collections import defaultdict, namedtuple, Counter, OrderedDict
import _collections

class _Loader(pickle._Unpickler):
    def find_class(self, module, name):
        import _compat_pickle
        if self.proto < 3:
            module, name = _compat_pickle.NAME_MAPPING.get((module, name), (module, name))
            module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        return getattr(importlib.import_module(module), name)

def unpickle(data):
    return _Loader(io.BytesIO(data)).load()

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(defaultdict, defaultdict.__module__, defaultdict.__mro__, type(defaultdict.__dict__['default_factory']).__name__ in ('member_descriptor', 'getset_descriptor'))
d = defaultdict(list)
d['a'].append(1); d['b']; d['a'].append(2)
print(d, len(d), d.default_factory, isinstance(d, dict), d == {'a': [1, 2], 'b': []})
print(repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(int, a=1, b=2), defaultdict(lambda: 0, [(1, 2)]) == {1: 2})
show('missing no factory', lambda: defaultdict()['x'])
show('missing tuple key', lambda: defaultdict()[(1, 2)])
show('bad factory', lambda: defaultdict(5))
show('bad arg', lambda: defaultdict(None, 5))
show('get no insert', lambda: (d.get('zz'), 'zz' in d))
show('__missing__', lambda: (d.__missing__('new'), d['new']))
show('__missing__ args', lambda: d.__missing__())
d.default_factory = int
d['n'] += 5
print(d['n'], d.default_factory)
d.default_factory = None
show('factory None', lambda: d['q'])
del d.default_factory
print(d.default_factory)
c = defaultdict(set, {1: {2}})
cc = c.copy(); c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(cc, c2, c3, cc[1] is c[1], c3[1] is c[1], type(cc).__name__)
print(c.__reduce__()[:4], list(c.__reduce__()[4]))
print(defaultdict().__reduce__()[:4])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = unpickle(pickle.dumps(defaultdict(int, {'k': 1}), proto))
    print(proto, p, p.default_factory)
u = defaultdict(list, {1: 2}) | {3: 4}
print(u, type(u).__name__)
u = {0: 1} | defaultdict(list, {1: 2})
print(u, type(u).__name__)
u = defaultdict(list, {1: 2}); u |= {5: 6}; print(u)
class Recursive(defaultdict):
    pass
r = Recursive(None); r.default_factory = r.__getitem__ if False else None
print(repr(Recursive(list)), Recursive(list, {1: [2]}).copy())
rr = defaultdict(); rr.default_factory = rr.__class__; print(repr(rr))
class Fact:
    def __repr__(self):
        return repr(selfref)
selfref = defaultdict(); selfref.default_factory = Fact; print('recursive factory repr ok')
class Sub(defaultdict):
    def __missing__(self, key):
        return 'sub-' + str(key)
s = Sub(list)
print(s['x'], dict(s), type(s).__name__)
class Sub2(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.extra = 1
s2 = Sub2(); s2['k'].append(1); print(s2, s2.extra)
print(defaultdict[str, int])
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list, {i: i for i in range(10)})))
print(gc.is_tracked(defaultdict()))
gc.collect()
g = defaultdict(); g['self'] = g; g.default_factory = lambda: g; del g
print(gc.collect())
x = object(); base = sys.getrefcount(x)
g = defaultdict(lambda: x); g[1]; g[2]; print(sys.getrefcount(x) - base); del g; print(sys.getrefcount(x) - base)
f = list; fb = sys.getrefcount(f); g = defaultdict(f); print(sys.getrefcount(f) - fb); del g; print(sys.getrefcount(f) - fb)
# Counter and _count_elements
print(Counter('abracadabra').most_common(3), Counter(['x', 'y', 'x']))
cnt = Counter({'a': 1.5}); cnt.update('aab'); print(cnt)
m = {}
_collections._count_elements(m, 'hello'); print(m)
class Get(dict):
    def get(self, k, default=None):
        return super().get(k, default) + 10 if k in self else default
gm = Get(); _collections._count_elements(gm, 'aab'); print(gm)
show('count args', lambda: _collections._count_elements({}))
show('count non iterable', lambda: _collections._count_elements({}, 1))
# namedtuple fields are _tuplegetter descriptors
P = namedtuple('P', 'x y')
p = P(1, 2)
print(P.x, P.y.__doc__, type(P.x), p.x, p.y, P.x.__get__(p), P.x.__get__(None, P) is P.x)
show('set field', lambda: setattr(p, 'x', 5))
show('del field', lambda: delattr(p, 'x'))
show('wrong type', lambda: P.x.__get__([1, 2]))
show('short tuple', lambda: P.y.__get__((1,)))
tg = _collections._tuplegetter(1, 'doc')
print(tg, tg.__doc__, tg.__reduce__(), tg.__get__((5, 6)), copy.copy(tg) is tg)
show('tg args', lambda: _collections._tuplegetter(1))
show('tg index', lambda: _collections._tuplegetter('a', 1))
print(sys.getsizeof(tg))
print(sorted(k for k in vars(_collections) if not k.startswith('__') and k != 'OrderedDict'))
