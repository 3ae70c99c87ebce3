# collections, functools, enum, weakref and types from the stdlib zip on the VM.
import collections, functools, enum, weakref, types, operator, keyword
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), P._fields)
c = collections.Counter('abracadabra')
print(c.most_common(3), c['a'], sorted(c.elements())[:4])
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od))
cm = collections.ChainMap({'a': 1}, {'b': 2}); print(cm['b'], len(cm))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(functools.reduce(operator.add, range(10)), functools.partial(pow, 2)(10))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color['GREEN'].value, list(Color), repr(Color.RED))
class Flag(enum.IntFlag):
    A = 1
    B = 2
print(Flag.A | Flag.B, int(Flag.B))
class K: pass
k = K(); r = weakref.ref(k); print(r() is k); del k; print(r())
d = weakref.WeakValueDictionary(); kk = K(); d['x'] = kk; print(len(d)); del kk; print(len(d))
print(types.FunctionType, types.ModuleType, types.MethodType)
d = collections.deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); d.rotate(1)
print(d, d.maxlen, len(d), d[0], d.pop(), d.popleft(), list(reversed(d)), type(d))
dd = collections.defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd['a'], 'c' in dd, type(dd).__mro__)
print(collections.Counter('hello world').most_common(2))
try:
    collections.deque().pop()
except IndexError as e:
    print(e)
