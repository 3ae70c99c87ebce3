# cmath over finite arguments: every function on a grid of points (signed zeros, tiny and huge
# parts), polar/rect/phase, log with a base, isclose, and the domain/range/type errors.
import cmath
import math

print(cmath.sqrt(-1), cmath.sqrt(2+3j), cmath.exp(1j * math.pi), cmath.phase(-1), cmath.polar(1+1j), cmath.rect(2, math.pi/2))
print(cmath.log(-1), cmath.log10(100), cmath.sin(1+1j), cmath.cos(1j), cmath.tan(0.5), cmath.asin(2), cmath.acos(2), cmath.atan(1j/2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
vals = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2-3j, 0.5+0.5j, -0.5+2j, 1e-10+1e-10j, 3-4j, 1e300+1e300j,
        1e-320+0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-1, -0.0), 0.9+0.1j, 1.2-0.3j]
funcs = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos',
         'atan', 'asinh', 'acosh', 'atanh']
for f in funcs:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, f)(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(f, out)
print([cmath.phase(v) for v in vals])
print([cmath.polar(v) for v in vals[:8]])
print(cmath.rect(1, 0), cmath.rect(0, 1), cmath.rect(-1, math.pi), cmath.sqrt(4), cmath.sqrt(-0.0), cmath.exp(2))
for bad in (lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.log(0j), lambda: cmath.cosh(1000),
            lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.exp(complex(0, math.inf)),
            lambda: cmath.sin(complex(math.inf, 0))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.isclose(1e-10j, 0, abs_tol=1e-9), cmath.isclose(1+1j, 1+1.0000000001j), cmath.log(1j, 1j), cmath.log(100, 10))
print(cmath.sqrt(complex(1e-310, 1e-310)), cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
class C:
    def __complex__(self):
        return 3+4j
print(cmath.sqrt(C()), cmath.polar(C()), abs(C().__complex__()))
