# Exact int/float fast paths of BINARY_OP, COMPARE_OP (+ the jump after it), UNARY_NEGATIVE:
# boundaries where the fast path must hand over to the generic protocol, and identity/refcounts.
import sys

I32 = [0, 1, -1, 7, -7, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, 2**64, -2**70]
for a in I32:
    row = []
    for b in (3, -3, 2**31 - 1, -2**31, 2**40 + 5, -1):
        row.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b))
    print(a, row)

for a in (0, 5, -5, 2**53 - 1, 2**53 + 1, 10**20):
    for b in (0.0, -0.0, 0.5, -2.5, 1e308, float('inf'), float('nan')):
        out = []
        for op in ('+', '-', '*', '/', '//', '%', '**'):
            for x, y in ((a, b), (b, a)):
                try:
                    r = eval('x %s y' % op)
                except (ZeroDivisionError, OverflowError, ValueError) as e:
                    r = '%s: %s' % (type(e).__name__, e)
                out.append(r)
        print(a, b, out)

vals = [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 0.0, -0.0, 1.5, float(2**53), float('inf'), float('-inf'), float('nan'), True, False]
for x in vals:
    print([(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in vals])
    n = 0
    for y in vals:
        if x < y:
            n += 1
        if not (x >= y):
            n += 10
        while x == y:
            n += 100
            break
    print(repr(x), n)

for v in (0, 5, -5, 2**53 - 1, -(2**53) - 1, 2**63, 0.0, -0.0, 2.5, float('nan'), True, False):
    print(repr(-v), type(-v).__name__)

for x in (1e-300, 0.1, 0.5, 1.0, 2.0, 3.0, 7.25, 1e10, 123456.789, 1e300, 4.0, 9.0, 1e-5):
    out = []
    for y in (0.5, 1.5, -1.5, -0.5, 2.5, -2.5, 2, -2, 3.0):
        try:
            out.append(x ** y)
        except OverflowError as e:
            out.append('OverflowError: %s' % e)
    print(x, out)
for x, y in ((0.0, -1.5), (-8.0, 3), (0.0, 0.5), (-0.0, 0.5)):
    try:
        print(x, y, x ** y)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)

for a, b in ((1.0, 0), (1, 0.0), (5, 0), (5.0, 0.0), (-5, 0.0)):
    for op in ('/', '//', '%'):
        try:
            eval('a %s b' % op)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)

# Operand reuse must never be visible: shared operands keep their values.
x = 2.5
y = x
x += 1.0
print(x, y)
lst = [1.5, 2.5]
t = lst[0] * 2.0 - lst[1]
print(t, lst)
def f(a, b):
    c = a * b + a
    return c, a, b
print(f(1.25, 4.0))
z = 3.0
w = -z
print(z, w, -w)

# Identity and counts of results.
base = 3.0
print(id(base * 2.0) == id(base * 4.0))
r = base * 2.0
print(sys.getrefcount(r), sys.getrefcount(base))
k = 10**6
print(id(k + 1) == id(k + 2), sys.getrefcount(k * 3))

class F(float):
    def __add__(self, o):
        return 'F.add'
    def __neg__(self):
        return 'F.neg'
class I(int):
    def __lt__(self, o):
        return 'I.lt'
print(F(1.0) + 2.0, 2.0 + F(1.0), -F(2.0), I(1) < 2, 1 < I(2), I(3) + 4)

# <<, >> and ** of exact ints (fast path limits: 2**21 << 30, results of 2**52).
for a in (0, 1, -1, 3, -3, 2**21 - 1, -(2**21) + 1, 2**21, 2**40, -7):
    out = []
    for b in (0, 1, 5, 30, 31, 52, 53, 64, 1100, 2000):
        out.append((a << b) % 1000003 if b < 200 else (a >> b))
        out.append(a >> b)
        out.append(a ** b % 1000003 if b < 100 else (a ** 3))
    print(a, out)
for a, b in ((5, -1), (2, -3), (0, -1)):
    for op in ('<<', '>>', '**'):
        try:
            print(a, op, b, eval('a %s b' % op))
        except (ValueError, ZeroDivisionError) as e:
            print(a, op, b, type(e).__name__, e)
print(2 ** 52, 2 ** 53, (-2) ** 53, 3 ** 33, 3 ** 34, (-3) ** 33, 7 ** 18, 7 ** 19, 0 ** 0, (-1) ** 10**9)
