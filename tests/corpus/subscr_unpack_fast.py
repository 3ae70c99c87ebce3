# BINARY_SUBSCR / STORE_SUBSCR / UNPACK_SEQUENCE on exact lists, tuples, dicts and strs (the
# eval loop's fast paths) and the cases that must leave them: bounds, key types, subclasses,
# finalizers of replaced items, reference counts.
import sys


def attempt(fn):
    try:
        return repr(fn())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


lst = [10, 20, 30, 'x', 2.5]
tup = (1, 'two', 3.0)
s = 'héllo\U0001F600!'
for i in (0, 1, -1, -5, 4, 5, -6, True, False, 2**31, -2**31 - 1, 2**53 - 1):
    print(i, attempt(lambda: lst[i]), attempt(lambda: tup[i]), attempt(lambda: s[i]))


class I(int):
    def __index__(self):
        return 1


print(attempt(lambda: lst[I(3)]), attempt(lambda: tup[I(2)]), attempt(lambda: s[I(0)]))
print(attempt(lambda: lst[1.0]), attempt(lambda: tup['a']), attempt(lambda: s[None]))

d = {'a': 1, 2: 'two', 1.5: 'f', (1, 2): 't'}
for k in ('a', 'b', 2, 2.0, True, 1, 1.5, (1, 2), 2**80):
    print(repr(k), attempt(lambda: d[k]))


class D(dict):
    def __missing__(self, k):
        return 'missing %r' % (k,)


dd = D(a=1)
print(dd['a'], dd['zz'], dd[3])


class L(list):
    def __getitem__(self, i):
        return 'L[%r]' % (i,)


print(L([1, 2])[0], L([1, 2])[-1])

# Stores: bounds and messages, negative indexes, bool keys, dict stores.
m = [0] * 6
for i in (0, -1, 5, -6, 6, -7, True, 2**40, -2**53 + 1):
    try:
        m[i] = i
    except (IndexError, TypeError) as e:
        print('store', i, type(e).__name__, e)
print(m)
dd2 = {}
for k in ('x', 1, True, 1.0, 'x', 2**70):
    dd2[k] = k
print(dd2)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    'abc'[0] = 'z'
except TypeError as e:
    print('TypeError', e)

# Augmented item assignment in a hot loop, negative indexes included.
acc = [0] * 10
fl = [0.0] * 10
for i in range(5000):
    acc[i % 10] += i
    acc[-1 - i % 10] -= 1
    fl[i % 10] += i * 0.5
    fl[-(i % 10) - 1] *= 0.999
print(acc, [round(x, 6) for x in fl])


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


box = [Noisy(1), Noisy(2)]
print('replace 0')
box[0] = Noisy(3)
print('replace -1')
box[-1] = 'plain'
print('clear')
box = None
print('after')

# Unpacking: exact tuples and lists of the right length, wrong lengths, empty, other iterables.
a, b = 1, 2
a, b = b, a
x, y, z = [a, b, a + b]
(p, q), r = (z, y), [x]
print(a, b, x, y, z, p, q, r)
() = ()
[] = []
for bad in ((1, 2, 3), [1], (), 'ab', 'abc', range(2), iter([1, 2, 3])):
    try:
        u, v = bad
        print('ok', u, v)
    except ValueError as e:
        print('ValueError', e)


class T(tuple):
    def __iter__(self):
        return iter(('sub', 'class'))


u, v = T((1, 2))
print(u, v)

t = (object(), object())
o1 = t[0]
before = sys.getrefcount(o1)
e1, e2 = t
print(sys.getrefcount(o1) - before, e1 is t[0], e2 is t[1])
del e1, e2
print(sys.getrefcount(o1) - before)
seq = [1.5, 2.5]
w = seq[-1]
print(sys.getrefcount(w) - sys.getrefcount(seq[0]))
total = 0
pairs = [(i, -i) for i in range(100)]
for k in range(200):
    for (i, j) in pairs:
        total += i * k + j
        i, j = j, i
print(total)

# Three-part slices of lists (BUILD_SLICE + BINARY_SUBSCR), every sign and bound.
base = list(range(7))
parts = (None, 0, 1, 3, -1, -3, 6, 7, 10, -10, 2**70, -2**70)
rows = []
for a in parts:
    for b in parts:
        for c in (None, 1, 2, -1, -2, 3, 10, -10):
            rows.append(base[a:b:c])
print(len(rows), sum(len(r) for r in rows), rows[::97])
print(attempt(lambda: base[::0]), attempt(lambda: base[1:2:'x']), attempt(lambda: base[I(1)::I(1)]), base[True::True])
sl = slice(5, 1, -1)
print(base[sl], (1, 2, 3, 4, 5, 6)[sl], 'abcdefg'[sl])
perm = list(range(8))
flips = 0
for k in range(2000):
    j = k % 8
    perm[: j + 1] = perm[j::-1]
    flips += perm[0]
print(flips, perm)
