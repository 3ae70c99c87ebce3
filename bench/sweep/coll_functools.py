# functools: reduce, lru_cache, cache, partial, cmp_to_key
from functools import reduce, lru_cache, cache, partial, cmp_to_key
import operator
@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return (paths(r - 1, c) + paths(r, c - 1)) % 1000000007
@cache
def parts(n, m):
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    return parts(n - m, m) + parts(n, m - 1)
def scale(k, x):
    return k * x
triple = partial(scale, 3)
acc = reduce(operator.add, map(triple, range(30000)))
acc += reduce(lambda a, b: a * b % 1000003, range(1, 20000), 1)
def cmp(a, b):
    return (a % 10 - b % 10) or (b - a)
order = sorted(range(20000), key=cmp_to_key(cmp))
print(paths(90, 90), parts(95, 95), acc, order[:6])
