# BINARY_OP on exact floats and float/int mixes (the interpreter's direct path) against the
# generic one: signed zeros, inf/nan, large ints, bool, subclasses with their own operators,
# division by zero, in-place forms, refcounts of the operands.
import sys

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.5, -2.25, 1e308, inf, -inf, 3, -7, 0, 2 ** 53, 2 ** 53 + 1, 2 ** 60, True]
for a in vals:
    row = []
    for b in vals:
        if not (isinstance(a, float) or isinstance(b, float)):
            continue
        r = []
        for op in ('+', '-', '*', '/'):
            try:
                v = eval('a %s b' % op)
                r.append(repr(v))
            except ZeroDivisionError as e:
                r.append('ZDE:' + str(e))
            except OverflowError as e:
                r.append('OE:' + str(e))
        row.append(' '.join(r))
    if row:
        print(repr(a), '|', ' ; '.join(row))

x = 0.5
for i in range(5):
    x += i
    x *= 1.5
    x -= 0.25
    x /= 2
print(x, nan + 1.0 != nan + 1.0, (-0.0) + (-0.0), (-0.0) - 0.0, 0 * -1.0)


class F(float):
    def __add__(self, other):
        return 'F.add'

    def __rmul__(self, other):
        return 'F.rmul'


class I(int):
    def __sub__(self, other):
        return 'I.sub'


print(F(1.0) + 2.0, 2.0 * F(3.0), I(5) - 1.0, 1.0 - I(5), F(2.0) - 1.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 / 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
y = 1234.5
base = sys.getrefcount(y)
for i in range(3):
    z = y * 2.0 + i
print(sys.getrefcount(y) - base, z)
