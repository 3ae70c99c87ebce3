# Float // and % computed in the eval loop, min/max of two numbers and math.sqrt/floor/ceil
# of one argument taken without an argument array: signs, zeros, inf/nan, ties, subclasses.
import math
import sys

inf, nan = float('inf'), float('nan')
vals = [7.5, -7.5, 3.0, -3.0, 0.0, -0.0, 0.1, 1e308, -1e-308, inf, -inf, nan, 5, -5, 0, 2**53]
for x in vals:
    row = []
    for y in vals:
        for op in range(2):
            try:
                r = x // y if op == 0 else x % y
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append('ZDE(%s)' % e)
    print(repr(x), ' '.join(row))

# The same in a hot loop (the JIT-compiled path), accumulated in place.
acc = 0.0
m = 0.0
for i in range(3000):
    a = i * 0.37 - 500.0
    b = (i % 17) - 8.5
    acc += a // b
    m += a % b
    m -= (-a) % b
print(acc, m)

pairs = [(1, 1.0), (1.0, 1), (0.0, -0.0), (-0.0, 0.0), (nan, 1.0), (1.0, nan), (nan, nan), (2, 3), (3, 2),
         (2**53, 2**53 + 1), (2**70, 1.0), (True, 1), (1, True), (False, 0.0), (-inf, inf), (3, 2.5)]
for a, b in pairs:
    lo, hi = min(a, b), max(a, b)
    print(repr(a), repr(b), repr(lo), repr(hi), lo is a, hi is a, type(lo).__name__, type(hi).__name__)


class F(float):
    def __lt__(self, other):
        print('F.__lt__')
        return True

    def __gt__(self, other):
        print('F.__gt__')
        return False


print(repr(min(1.0, F(2.0))), repr(max(F(2.0), 5.0)), repr(min('b', 'a')), repr(max([1], [2])))
try:
    min(1, 'a')
except TypeError as e:
    print('TypeError', e)
print(min(1, 2, key=lambda v: -v), max(1.5, 2.5, default=None) if False else max(1.5, 2.5))
s = 0.0
for i in range(2000):
    s += min(i * 0.5, 300.0) - max(i, 1000) + min(-i, 5) + max(0.25, i * 0.125)
print(s)

x = 12345.678
print(sys.getrefcount(x) == sys.getrefcount(min(x, 1e9)) - 1 or 'refcounts')


class Idx:
    def __index__(self):
        return 49


class Fl:
    def __float__(self):
        return 2.25


for v in (4, 4.0, 2.0, 0.0, -0.0, inf, nan, True, False, 2**53, 2**53 + 1, 10**40, Fl(), Idx(), -1, -1e-300, -inf, 'x'):
    out = []
    for fn in (math.sqrt, math.floor, math.ceil, math.fabs, math.exp, math.log10):
        try:
            r = fn(v)
            out.append('%s:%r' % (type(r).__name__, r))
        except (ValueError, OverflowError, TypeError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(type(v).__name__, ' '.join(out))


class I(int):
    pass


class G(float):
    def __floor__(self):
        return 'floor!'


print(repr(math.floor(I(7))), type(math.floor(I(7))).__name__, math.floor(G(2.5)), math.ceil(G(2.5)))
try:
    math.sqrt(1.0, 2.0)
except TypeError as e:
    print('TypeError', e)
try:
    math.sqrt(x=1.0)
except TypeError as e:
    print('TypeError', e)
t = 0.0
for i in range(3000):
    t += math.sqrt(i) + math.sqrt(i * 0.5) + math.floor(i / 7) + math.ceil(-i / 3)
print(t)

# abs() of exact numbers: a non-negative int is returned itself, floats are new objects.
big = 1000
neg = -1000
fz = 2.5
print(abs(big) is big, abs(neg) is neg, abs(neg), abs(fz) is fz, repr(abs(-0.0)), abs(True), abs(-2**60), abs(-2**70), abs(nan), abs(-inf))
print(type(abs(I(-3))).__name__, type(abs(F(-3.0))).__name__)
q = 0
for i in range(-2000, 2000):
    q += abs(i) + abs(i * 0.25)
print(q)
