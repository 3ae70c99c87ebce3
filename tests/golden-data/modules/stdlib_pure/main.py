# Pure-Python stdlib modules from the stdlib zip, and the math/itertools bindings.
import bisect, heapq, colorsys, operator, keyword, math, itertools
a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
h = [5, 1, 4, 2, 8, 0]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(6)])
print(heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]))
print(heapq.heappushpop([1, 5], 3))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(operator.itemgetter(1, 0)([1, 2]), operator.add(2, 3), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(keyword.kwlist[:5], keyword.issoftkeyword('match'), keyword.iskeyword('lambda'))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-3), math.ceil(7))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.isqrt(10**20 + 1))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e), math.log(2**1000))
print(math.exp(1), math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.hypot(3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.dist((0, 0), (3, 4)))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1), (math.acos, 2)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as err:
        print(f.__name__, type(err).__name__, err)
print(list(itertools.islice(itertools.count(5), 3)), repr(itertools.count(3)), repr(itertools.count(1, 2)))
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat('x', 3)), repr(itertools.repeat(1, 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.chain('ab', [1, 2])), list(itertools.chain.from_iterable(['xy', 'z'])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(itertools.islice('abcdefg', 2, 6, 2)), list(itertools.islice(range(10), 3)), list(itertools.islice(range(5), 1, None)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in itertools.tee([1, 2], 2)])
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.pairwise('abcd')), list(itertools.batched('abcde', 2)))
print(list(itertools.product('ab', [0, 1])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations('abcd', 2)))
print(list(itertools.combinations_with_replacement('ab', 2)), list(itertools.permutations(range(3))))
print(type(itertools.count()).__name__, type(itertools.chain()).__module__)
import this
