# _functools accelerator: partial, reduce, cmp_to_key, _lru_cache_wrapper (results, errors, reprs, refcounts, __del__ timing).
import functools, _functools, sys, gc, pickle, copy, weakref
from functools import partial, reduce, cmp_to_key, lru_cache
print(partial is _functools.partial, functools._lru_cache_wrapper is _functools._lru_cache_wrapper, reduce is _functools.reduce)
def f(a, b, c=3, *args, **kw): return (a, b, c, args, kw)
p = partial(f, 1, c=5)
print(p(2), p(2, c=6, d=7), p.func is f, p.args, p.keywords, repr(p).replace(hex(id(f)), 'ID'))
p2 = partial(p, 9, e=1)
print(p2.func is f, p2.args, p2.keywords, p2(), type(p2))
p.attr = 1
p3 = partial(p, 8)
print(p3.func is p, p3.args, p.__dict__, p3.__dict__)
print(p.__reduce__()[0], p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
q = partial(f, 0)
q.__setstate__((f, (1, 2), {'z': 1}, None)); print(q(), q.__dict__)
try: q.__setstate__((f, [1], None, None))
except TypeError as e: print('T', e)
try: partial()
except TypeError as e: print('T', e)
try: partial(1)
except TypeError as e: print('T', e)
class MyP(partial):
    pass
mp = MyP(f, 1, 2)
print(repr(mp).replace(hex(id(f)), 'ID'), mp(), type(partial(mp, 3)).__name__, partial(mp, 3).func is f)
r = partial(f); r2 = partial(r, r)
print(repr(r2).replace(hex(id(f)), 'ID')[:60])
pp = copy.copy(partial(f, 1, c=-5))
print(pp(2), pp.args, pp.keywords, weakref.ref(p)() is p, gc.is_tracked(p), partial[int])
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a + b, ['x']))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: reduce(1), lambda: reduce(f, [1], 2, 3), lambda: reduce(f, [], x=1)]:
    try: bad()
    except TypeError as e: print('T', e)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def add(a, b): print('add', a.n, b.n); return D(a.n + b.n)
print(reduce(add, [D(1), D(2), D(3)]).n)
def cmp(a, b): return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), type(K).__name__, type(K(1)).__name__, K(1) < K(2), K(2) == K(2), K(1).obj)
try: hash(K(1))
except TypeError as e: print('T', e)
try: K(1) < 1
except TypeError as e: print('T', e)
try: K()
except TypeError as e: print('T', e)
calls = []
@lru_cache(maxsize=3)
def sq(x, y=0):
    calls.append(x); return x * x + y
for v in [1, 2, 3, 1, 4, 2, 5, 1, 1]: sq(v)
print(calls, sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__, sq.__qualname__)
print(sq(1, y=2), sq(1, y=2), sq(y=2, x=1), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x): return x
print(ident(3), ident(3.0), ident.cache_info(), ident.cache_parameters())
@lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(3), ty(3.0), ty(True), ty.cache_info())
@lru_cache(maxsize=0)
def nocache(x): return x
print(nocache(1), nocache(1), nocache.cache_info())
@functools.cache
def c(x): return [x]
print(c(1) is c(1), c.cache_info(), type(c).__name__, repr(c).split(" at ")[0])
class A:
    @lru_cache
    def m(self, x): return (self.__class__.__name__, x)
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), A.m.__reduce__(), copy.copy(A.m) is A.m, copy.deepcopy(A.m) is A.m)
try: ident([1])
except TypeError as e: print('T', e)
try: lru_cache(maxsize='x')
except TypeError as e: print('T', e)
try: functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e: print('T', e)
x = object(); base = sys.getrefcount(x)
ident(x); ident(x)
print(sys.getrefcount(x) - base)
ident.cache_clear()
print(sys.getrefcount(x) - base, gc.is_tracked(ident))
@lru_cache(maxsize=2)
def keep(x): return D(x)
keep(10); keep(11); keep(12); print('evicted?')
keep.cache_clear(); print('cleared')
print(functools.partialmethod, functools.total_ordering.__name__)
