# Float -> text must be CPython's correctly rounded conversion: repr/str (shortest round-trip),
# %e/%f/%g and format() at many precisions (ties half-even on the exact binary value), and
# round(x, n), over thousands of pseudo-random doubles of every magnitude.
import math
import random

rng = random.Random(20240612)
vals = []
for i in range(700):
    k = i % 7
    if k == 0:
        x = math.ldexp(rng.getrandbits(53) | 1, rng.randint(-1126, 971))
    elif k == 1:
        x = rng.uniform(-1000.0, 1000.0)
    elif k == 2:
        x = rng.randint(-10**6, 10**6) / 2 ** rng.randint(0, 14)   # many exact ties
    elif k == 3:
        x = round(rng.uniform(-100.0, 100.0), rng.randint(0, 5))
    elif k == 4:
        x = float('%de%d' % (rng.randint(1, 9999), rng.randint(-30, 30)))
    elif k == 5:
        x = (rng.randint(0, 2**20) + 0.5) * (1000.0, 100.0, 10.0, 1.0, 0.1, 0.01, 0.001)[rng.randint(0, 6)]
    else:
        x = math.ldexp(rng.getrandbits(53) | 1, rng.randint(-60, 10))
    if rng.random() < 0.3:
        x = -x
    vals.append(x)
vals += [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 5e-324, 2.2250738585072014e-308,
         1.7976931348623157e308, 1e16, 1e15, 9007199254740993.0, 123456789012345678.0, 0.1, 0.2, 0.3,
         1 / 3, 2 / 3, 1e22, 1e23, 4.35, 0.045, 1e-7, 100.0, 1234.5, 0.0005]

checks = 0
for x in vals:
    row = [repr(x), str(x)]
    for p in (0, 1, 2, 3, 5, 8, 13, 17, 20):
        row.append('%.*e' % (p, x))
        row.append('%.*f' % (p, x) if abs(x) < 1e50 else '-')
        row.append('%.*g' % (p, x))
        row.append('%#.*g' % (p, x))
        row.append(format(x, '.%d' % p))
    for n in (-3, -1, 0, 1, 2, 3, 6, 10, 15):
        row.append(repr(round(x, n)))
    row.append(repr(round(x)) if math.isfinite(x) else '-')
    row.append(format(x, ',.2f') if abs(x) < 1e30 else '-')
    row.append(format(x, '_'))
    row.append(format(x, '%') if abs(x) < 1e30 else '-')
    checks += len(row)
    print(' '.join(row))

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0, 1e300]:
    print(round(x), round(x, 0), round(x, -300), round(x, 400))
for x, n in [(1.7976931348623157e308, -308), (1e308, -308), (-1e308, -308)]:
    try:
        print(round(x, n))
    except OverflowError as e:
        print('OverflowError:', e)
for bad in [float('nan'), float('inf')]:
    print(round(bad, 2), round(bad, -2))
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(checks)
