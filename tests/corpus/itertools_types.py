# itertools as CPython's C module: every callable's results, reprs, argument errors, laziness,
# result-tuple reuse, subclassing, tee/groupby sharing, __reduce__/__setstate__ (deprecated in
# 3.12 but working), copy/pickle round trips, refcounts.
import itertools as I
import operator, sys, copy, pickle, io, importlib, warnings
from itertools import *

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

names = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count',
         'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
         'starmap', 'takewhile', 'zip_longest', '_grouper', '_tee', '_tee_dataobject']
for n in names:
    t = getattr(I, n)
    print(t, t.__module__, t.__name__, sorted(k for k in t.__dict__ if k not in ('__doc__', '__new__', '__iter__', '__next__', '__getattribute__', '__init__')))
print(I.tee, sorted(k for k in dir(I) if not k.startswith('__')))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)),
      list(accumulate([], initial=5)), list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], None, initial=None)))
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2)))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])), chain[int])
print(list(combinations('abcd', 2)), list(combinations(range(4), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress(data='ab', selectors=[0, 1])))
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(count(2**62 + 2**61 + 2**60 + 2**59 - 3), 4)))
print(count(), count(5), count(5, 2), count(1.5), count(0, 1.0), count(-3), count(2 ** 80, -1), count(True), count(start=3, step=1))
c = count(9007199254740990); print([next(c) for _ in range(4)], c)
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(None, [0, 1, '', 'a', None])), list(filterfalse(lambda x: x % 2, range(7))), list(filterfalse(bool, [0, 1])))
print([(k, list(g)) for k, g in groupby('aaabccdd')], [(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
gb = groupby('aabbc'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in gb])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)),
      list(islice('abcdefg', None)), list(islice('abcdefg', 1, None, None)), list(islice('ab', 5, 10)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
it = iter(range(10)); print(list(islice(it, 2, 4)), next(it))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('ab', None)))
print(list(product('ab', range(2))), list(product('ab', repeat=2)), list(product()), list(product('ab', [])), list(product(repeat=0)))
print(repeat('a'), repeat('a', 3), repeat('a', -1), list(repeat('x', 3)), repeat(None, 0), repeat([1], times=2))
r = repeat(1, 3); next(r); print(r, r.__length_hint__(), operator.length_hint(r), operator.length_hint(repeat(1), 7))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(operator.add, [[1, 2]])))
print(list(zip_longest('abc', 'x')), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest('a')))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
t3 = tee('abc', 3); print(len(t3), [list(x) for x in t3], tee('a', 0), type(tee('a')[0]).__name__)
a, b = tee(range(200)); print(sum(a), sum(b))
a, = tee([1, 2], 1); b = copy.copy(a); print(list(a), list(b), type(b).__name__)
src = iter([1, 2, 3]); x, y = tee(src); z, w = tee(x); print(type(z) is type(x), list(z), list(w), list(y))
# laziness and errors from consumption
def gen():
    yield 1
    raise ValueError('boom')
show('chain error', lambda: list(chain(gen())))
show('accumulate bad add', lambda: list(accumulate([1, 'a'])))
show('chain non-iterable later', lambda: list(chain([1], 5)))
show('starmap non-iterable', lambda: list(starmap(pow, [1])))
def reenter():
    t = tee(g2())
    return t
def g2():
    yield next(tee_holder[0])
tee_holder = tee(g2())
show('tee reenter', lambda: next(tee_holder[0]))
# result tuple reuse: a dropped result is reused, a held one is not
p = product('ab', 'cd')
first = next(p); second = next(p); print(first, second, first is second)
ids = set()
for t in combinations(range(5), 2):
    ids.add(id(t))
print(len(ids) <= 2)
# subclassing
class MyChain(chain):
    def __next__(self):
        return super().__next__() * 2
print(list(MyChain([1, 2], [3])), MyChain.from_iterable([[4]]).__class__.__name__, list(MyChain.from_iterable([[4]])))
class MyCount(count):
    pass
print(MyCount(3), next(MyCount(3)))
class MyIslice(islice):
    pass
print(list(MyIslice('abc', 2)))
for base in (I._grouper, I._tee, I._tee_dataobject):
    try:
        type('Sub', (base,), {})
    except TypeError:
        print(base.__name__, 'is not subclassable')
# __reduce__ / __setstate__ and copies
warnings.simplefilter('ignore', DeprecationWarning)
def rt(it, n=2, take=None):
    # rebuilt from __reduce__ (+ __setstate__), then a shallow copy (shares the inner iterators)
    for _ in range(n):
        next(it)
    f, args, *st = it.__reduce__()
    new = f(*args)
    if st and st[0] is not None:
        new.__setstate__(st[0])
    return list(islice(new, take)), list(islice(copy.copy(it), take))

def prt(it, n=2, take=None):
    # pickle round trips (states made of ints and tuples only)
    for _ in range(n):
        next(it)
    return [list(islice(unpickle(pickle.dumps(it, proto)), take)) for proto in range(1, pickle.HIGHEST_PROTOCOL + 1)] + [list(islice(copy.deepcopy(it), take))]
print(prt(count(3), take=3), prt(count(1.5, 0.5), 1, take=3), rt(count(4), take=2))
print(list(islice(unpickle(pickle.dumps(count(2, 3))), 3)), list(islice(copy.copy(count(7)), 2)))
print(prt(repeat('r', 5)), rt(repeat('r', 5)), repeat(1).__reduce__(), repeat(1, 2).__reduce__())
print(rt(chain('abc', 'de')), rt(chain.from_iterable(['ab', 'cd']), 1))
print(rt(islice(range(20), 2, 15, 3)), rt(islice(range(5), 3), 1))
print(rt(accumulate([1, 2, 3, 4])), rt(accumulate([1, 2, 3], initial=9), 1), rt(accumulate([5, 6], operator.mul), 1))
print(rt(compress('abcdef', [1, 0, 1, 1, 0, 1]), 1), rt(dropwhile(operator.not_, [0, 0, 3, 0]), 1))
print(rt(takewhile(bool, [1, 2, 0, 3]), 1), rt(filterfalse(None, [0, 1, 0, 2]), 1), rt(starmap(pow, [(2, 1), (2, 2), (2, 3)]), 1))
print(rt(zip_longest('abc', 'x', fillvalue=0), 1), rt(zip_longest('ab', ''), 2))
print(prt(product('ab', 'cd'), 1), prt(product('ab', repeat=2), 3), rt(product('ab', 'cd'), 1))
print(prt(combinations('abcd', 2), 2), prt(combinations_with_replacement('abc', 2), 2), prt(permutations('abc', 2), 2), prt(permutations('abcd'), 5)[0][:3])
print(rt(combinations('abcd', 2), 2), rt(permutations('abc', 2), 2))
print(rt(cycle('abc'), 2, take=5), rt(cycle('abc'), 4, take=5))
g = groupby('aabbbc'); next(g); k, grp = next(g); print([(k, list(v)) for k, v in copy.copy(g)], list(grp))
g = groupby('aabbbc'); g2 = copy.copy(g); print([(k, list(v)) for k, v in g2])
a, b = tee('abcdef'); next(a); print(list(copy.copy(a)), list(a), list(b))
print(tee('ab')[0].__reduce__()[:2], type(tee('ab')[0].__reduce__()[2][0]).__name__)
print(product('ab').__reduce__(), combinations('ab', 1).__reduce__(), permutations('a').__reduce__())
p = product('ab', 'cd'); next(p); print(p.__reduce__())
c = combinations('abc', 2); next(c); print(c.__reduce__())
c = permutations('abc', 2); next(c); next(c); print(c.__reduce__())
c = combinations('ab', 2); list(c); print(c.__reduce__())
p = product('ab'); p.__setstate__((1,)); print(list(p))
c = combinations('abcd', 2); c.__setstate__((1, 2)); print(list(c))
show('product setstate bad', lambda: product('ab').__setstate__((1, 2)))
show('chain setstate bad', lambda: chain().__setstate__((1,)))
show('tee setstate bad', lambda: tee('a')[0].__setstate__((1, 2)))
warnings.simplefilter('default', DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    count().__reduce__()
    copy.copy(chain())
    print(len(w), w[0].category.__name__, str(w[0].message))
print(sys.getsizeof(count()), sys.getsizeof(repeat(1)), sys.getsizeof(combinations(range(5), 3)), sys.getsizeof(permutations(range(5), 3)))
x = object(); base = sys.getrefcount(x)
r = repeat(x, 3); l = list(r); print(sys.getrefcount(x) - base); del r, l; print(sys.getrefcount(x) - base)
p = product([x], [x]); t = next(p); print(sys.getrefcount(x) - base); del p, t; print(sys.getrefcount(x) - base)
a, b = tee([x, x]); next(a); print(sys.getrefcount(x) - base); del a, b; print(sys.getrefcount(x) - base)
