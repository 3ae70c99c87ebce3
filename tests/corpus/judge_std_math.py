"""A geometry and number-theory toolkit built on math."""
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10**20 + 1), math.cbrt(27.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(2.000001))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(-3.25))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(48, 180, 12), math.lcm(4, 6, 10))
print(math.pow(2, 10), 2 ** 0.5, math.exp(1), math.exp(-1), math.expm1(1e-10), math.log(100, 10), math.log(8, 2))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2))
for deg in (0, 30, 45, 60, 90, 180, 270):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 10), round(math.cos(r), 10), round(math.tan(r), 6) if deg % 180 != 90 else "inf")
print(math.degrees(math.pi / 3), math.atan2(1, 1), math.atan(1), math.asin(0.5), math.acos(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10))
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else 32)

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])

def circle_area(r):
    return math.pi * r * r
for r in (1, 2.5, 10):
    print(f"r={r}: area={circle_area(r):.4f} circumference={2 * math.pi * r:.4f}")

def triangle_angles(a, b, c):
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = math.degrees(math.acos((a * a + c * c - b * b) / (2 * a * c)))
    return round(A, 3), round(B, 3), round(180 - A - B, 3)
print(triangle_angles(3, 4, 5), triangle_angles(7, 8, 9))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.exp(700), math.exp(0.1), math.exp(2.5), math.log(3), math.log(10), math.log(1.5), math.sin(1), math.cos(2), math.tan(3))
print([math.exp(x / 7) for x in range(-5, 6)])
print([math.log(x / 3) for x in range(1, 12)])
print([round(math.sin(x / 5), 15) for x in range(8)])
