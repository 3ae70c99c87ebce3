# float ** and math functions must give CPython's (glibc's) last digit: powers with integer and
# fractional exponents, exp/log/log2, trigonometry, atan2, hypot/dist — printed with repr.
import math
import random

rng = random.Random(4245)
out = []
def emit(tag, vals):
    print(tag, ' '.join(repr(v) for v in vals))

bases = [rng.uniform(0.0, 3.0) for _ in range(60)] + [rng.uniform(-20.0, 20.0) for _ in range(40)] + [1.1, 1.01, 0.99, 2.0, 10.0, 0.1, 3.0, -1.5, 1e-3, 7.25]
for b in bases:
    emit('int-pow', [b ** n for n in (-9, -4, -3, -1, 3, 4, 5, 7, 10, 13)])
for b in bases[:60]:
    emit('frac-pow', [b ** e for e in (0.5, 1.5, -0.5, 2.5, 0.1, 1 / 3, 2.7182818, -1.25)])
emit('ten', [10.0 ** k for k in range(-30, 31) if k != 23])  # 10.0 ** 23 is an exact tie: fmt_float_pow_ties
emit('two', [2.0 ** k for k in range(-1074, -1040)] + [2.0 ** 0.5, 2 ** -3, (-2) ** -3, 8 ** (1 / 3)])
emit('growth', [1.05 ** n for n in range(0, 200, 7)] + [(1 + 1e-9) ** 1e9, 0.999 ** 5000])
xs = [rng.uniform(0.01, 50.0) for _ in range(120)]
emit('log', [math.log(x) for x in xs])
emit('log-base', [math.log(x, 3) for x in xs[:40]] + [math.log(2 ** 80), math.log(10 ** 40, 10)])
emit('hypot', [math.hypot(x, y) for x, y in zip(xs, reversed(xs))] + [math.hypot(3, 4, 12), math.hypot(1e300, 1e300), math.hypot(5e-324, 5e-324)])
emit('dist', [math.dist((x, 1.0), (0.5, y)) for x, y in zip(xs[:30], xs[30:60])])
emit('pow-fn', [math.pow(x, 1.7) for x in xs[:40]])
ts = [rng.uniform(-12.0, 12.0) for _ in range(60)]
emit('exp', [math.exp(t) for t in ts] + [math.exp(t * 40) for t in ts[:20]])
emit('log2', [math.log2(x) for x in xs[:60]])
emit('sin', [math.sin(t) for t in ts])
emit('cos', [math.cos(t) for t in ts])
emit('tan', [math.tan(t) for t in ts])
emit('atan', [math.atan(t) for t in ts] + [math.atan(t * 1e6) for t in ts[:10]])
emit('atan2', [math.atan2(a, b) for a, b in zip(ts, reversed(ts))])
for bad in [lambda: 0.0 ** -1, lambda: 10.0 ** 400, lambda: (-8.0) ** 2.5 if False else math.pow(-8.0, 0.5), lambda: math.pow(0.0, -1.0),
            lambda: math.exp(1000), lambda: 2 ** -2000, lambda: (-2.0) ** 3, lambda: (-1.0) ** float('inf'), lambda: float('nan') ** 0]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
