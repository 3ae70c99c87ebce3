import math
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.123456789, 1e-7, 1.5e300 * 1e10,
        -0.0, 5e-324, 1.7976931348623157e308, 0.1 * 3, 100.0, 1e22, 1e21 * 10, 2.0 ** 0.5]
for v in vals:
    print(repr(v), str(v))
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf - inf, inf * 0, nan == nan, nan is nan, inf == inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
print(float('-Infinity'), float('  nan '), float('1e500'), float('-1e-500'))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1e20, 2), round(2.5, 0))
print(int(1e20), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(-7.5, 2))
print(0.1 + 0.7, 1.1 * 3, 3 * 1.1 == 3.3, abs(3.3 - 1.1 * 3) < 1e-9)
print(float.hex(1.0), (0.1).hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer(), 1e300 * 1e300, -1e300 * 1e300)
print(f"{1/3:.5f} {1e6:e} {12345.678:,.1f} {0.25:%} {3.0:g} {1e-5:g} {1e16:g}")
print(max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), math.fsum([0.1] * 10))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-8) ** 0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(inf), hash(-inf))
