/**
 * `cmath` in Python source (see ../pysource.ts), over the math module's real functions (whose
 * results follow glibc's: util/libm.ts).
 *
 * Finite arguments follow the formulas C99 Annex G implementations use (and CPython's
 * cmathmodule.c): sqrt by the scaled hypot method; log with log1p near the unit circle; sinh/cosh
 * /tanh from the real functions, with the overflow-safe branches for large real parts; the
 * inverse functions from two square roots (Kahan); sin/cos/tan/asin/atan through the hyperbolic
 * ones by multiplying by i. Infinite and NaN parts take the C99 Annex G special values for the
 * common cases (not CPython's complete 7x7 tables). Domain errors raise ValueError('math domain
 * error'), overflow OverflowError('math range error'), as CPython.
 */
export const CMATH_SRC = String.raw`
"""This module provides access to mathematical functions for complex
numbers."""
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)

_LARGE = 4.49423283715579e+307     # DBL_MAX / 4: beyond it the inverse functions use log(2|z|)
_SQRT_LARGE = 6.703903964971299e+153  # its square root (atanh's threshold)
_LOG_LARGE = 708.3964185322641     # log(DBL_MAX) - 1: exp of more needs the split form
_DBL_MIN = 2.2250738585072014e-308
_SQRT_DBL_MIN = 1.4916681462400413e-154
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_isfin = _m.isfinite
_isnan = _m.isnan
_isinf = _m.isinf
_cs = _m.copysign


def _c(z, name):
    if isinstance(z, complex):
        return z.real, z.imag
    if hasattr(type(z), '__complex__'):
        w = type(z).__complex__(z)
        if not isinstance(w, complex):
            raise TypeError(f'__complex__ returned non-complex (type {type(w).__name__})')
        return w.real, w.imag
    t = type(z)
    if not (hasattr(t, '__float__') or hasattr(t, '__index__')):
        raise TypeError(f'must be real number, not {t.__name__}')
    return float(z), 0.0


def _domain():
    raise ValueError('math domain error')


def _range():
    raise OverflowError('math range error')


def _finite_result(x, y, r):
    # A finite argument giving an infinite result overflowed.
    if _isfin(x) and _isfin(y) and not (_isfin(r.real) and _isfin(r.imag)):
        _range()
    return r


def _sqrt(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            return complex(inf, y)
        if _isnan(x):
            return complex(x, x if not _isnan(y) else y) if not _isinf(y) else complex(inf, y)
        if _isinf(x):
            if x > 0:
                return complex(x, _cs(0.0, y) if not _isnan(y) else y)
            return complex(abs(y - y) if not _isnan(y) else y, _cs(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Subnormal parts: scale by 2**53 so hypot keeps its precision.
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _cs(d, y))
    return complex(d, _cs(s, y))


def sqrt(z, /):
    x, y = _c(z, 'sqrt')
    return _sqrt(x, y)


def _log(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) or _isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_isnan(x) or _isnan(y)) else nan)
        return complex(nan, nan)
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x))


def log(x, base=None, /):
    a, b = _c(x, 'log')
    r = _log(a, b)
    if base is None:
        return r
    c, d = _c(base, 'log')
    return r / _log(c, d)


def log10(z, /):
    x, y = _c(z, 'log10')
    r = _log(x, y)
    return complex(r.real / _LN10, r.imag / _LN10)


def exp(z, /):
    x, y = _c(z, 'exp')
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) and _isfin(y) and y != 0.0:
            if x > 0:
                return complex(_cs(inf, _m.cos(y)), _cs(inf, _m.sin(y)))
            return complex(_cs(0.0, _m.cos(y)), _cs(0.0, _m.sin(y)))
        if _isinf(x) and y == 0.0:
            return complex(_m.exp(x), y)
        if _isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _isinf(x):
            return complex(inf, nan)
        if _isnan(x) and y == 0.0:
            return complex(nan, y)
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * e, l * _m.sin(y) * e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    return _finite_result(x, y, r)


def _sinh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) and y == 0.0:
            return complex(x, y)
        if x == 0.0 and not _isfin(y):
            return complex(x, nan)
        if _isinf(x) and _isfin(y):
            return complex(_cs(inf, _m.cos(y)) * _cs(1.0, x), _cs(inf, _m.sin(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _cs(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    return _finite_result(x, y, r)


def _cosh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) and y == 0.0:
            return complex(inf, _cs(0.0, x) * y if y else y * _cs(1.0, x))
        if x == 0.0 and not _isfin(y):
            return complex(nan, 0.0)
        if _isinf(x) and _isfin(y):
            return complex(_cs(inf, _m.cos(y)), _cs(inf, _m.sin(y)) * _cs(1.0, x))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _cs(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    return _finite_result(x, y, r)


def _tanh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x):
            return complex(_cs(1.0, x), _cs(0.0, 2.0 * _m.sin(y) * _m.cos(y)) if _isfin(y) else 0.0)
        if x == 0.0:
            return complex(x, nan)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE / 2:
        return complex(_cs(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z, /):
    return _sinh(*_c(z, 'sinh'))


def cosh(z, /):
    return _cosh(*_c(z, 'cosh'))


def tanh(z, /):
    return _tanh(*_c(z, 'tanh'))


def sin(z, /):
    x, y = _c(z, 'sin')
    s = _sinh(-y, x)
    return complex(s.imag, -s.real)


def cos(z, /):
    x, y = _c(z, 'cos')
    return _cosh(-y, x)


def tan(z, /):
    x, y = _c(z, 'tan')
    s = _tanh(-y, x)
    return complex(s.imag, -s.real)


def _asinh(x, y):
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) or _isinf(y):
            re = _cs(inf, x)
            if _isnan(x) or _isnan(y):
                return complex(re if _isinf(x) else inf, nan)
            return complex(re, _cs(_m.atan2(abs(y), abs(x)) if _isinf(x) and _isinf(y) else (pi / 2 if _isinf(y) else 0.0), y))
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            re = _cs(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_cs(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    return _asinh(*_c(z, 'asinh'))


def asin(z, /):
    x, y = _c(z, 'asin')
    s = _asinh(-y, x)
    return complex(s.imag, -s.real)


def acos(z, /):
    x, y = _c(z, 'acos')
    if not (_isfin(x) and _isfin(y)):
        if _isinf(y):
            return complex(pi / 2 if not _isinf(x) else (pi / 4 if x > 0 else 3 * pi / 4), -_cs(inf, y)) if not _isnan(x) else complex(nan, -_cs(inf, y))
        if _isinf(x):
            return complex(0.0 if x > 0 else pi, -_cs(inf, y)) if not _isnan(y) else complex(nan, inf)
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        if x < 0:
            im = -_cs(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            im = _cs(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(re, im)
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    x, y = _c(z, 'acosh')
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) or _isinf(y):
            if _isnan(x) or _isnan(y):
                return complex(inf, nan)
            im = _m.atan2(y, x) if _isinf(x) and _isinf(y) else (_cs(pi / 2, y) if _isinf(y) else _cs(0.0 if x > 0 else pi, y))
            return complex(inf, im)
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(x, y):
    if x < 0 or (x == 0 and _cs(1.0, x) < 0):
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    if not (_isfin(x) and _isfin(y)):
        if _isinf(x) or _isinf(y):
            return complex(_cs(0.0, x), _cs(pi / 2, y) if not _isnan(y) else nan) if not _isnan(x) else complex(0.0, _cs(pi / 2, y))
        if _isnan(y) and x == 0.0:
            return complex(x, nan)
        return complex(nan, nan)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_cs(pi / 2, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _cs(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z, /):
    return _atanh(*_c(z, 'atanh'))


def atan(z, /):
    x, y = _c(z, 'atan')
    s = _atanh(-y, x)
    return complex(s.imag, -s.real)


def _invalid_check(f):
    # C99 Annex G's "invalid" cases: a NaN part out of an argument without NaNs is a domain error
    # (CPython raises ValueError where its special-value tables record EDOM).
    def wrapper(z, /):
        r = f(z)
        x, y = _c(z, f.__name__)
        if not (_isfin(x) and _isfin(y)) and (_isnan(r.real) or _isnan(r.imag)) and not (_isnan(x) or _isnan(y)):
            _domain()
        return r
    wrapper.__name__ = wrapper.__qualname__ = f.__name__
    return wrapper


for _f in (sqrt, exp, log10, sinh, cosh, tanh, sin, cos, tan, asinh, asin, acos, acosh, atanh, atan):
    globals()[_f.__name__] = _invalid_check(_f)
del _f


def phase(z, /):
    x, y = _c(z, 'phase')
    return _m.atan2(y, x)


def polar(z, /):
    x, y = _c(z, 'polar')
    r = _m.hypot(x, y)
    if _isinf(r) and _isfin(x) and _isfin(y):
        _range()
    return r, _m.atan2(y, x)


def rect(r, phi, /):
    r = float(r)
    phi = float(phi)
    if _isfin(r) and _isfin(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _isinf(r) and _isfin(phi) and phi != 0.0:
        if r > 0:
            return complex(_cs(inf, _m.cos(phi)), _cs(inf, _m.sin(phi)))
        return complex(-_cs(inf, _m.cos(phi)), -_cs(inf, _m.sin(phi)))
    if _isinf(r) and phi == 0.0:
        return complex(r, phi * r if r > 0 else -phi)
    if _isfin(r) and not _isnan(phi) and r != 0.0:
        _domain()
    if r == 0.0 and not _isnan(phi):
        return complex(0.0, 0.0)
    return complex(nan, nan) if not (_isinf(r) and _isnan(phi)) else complex(inf, nan)


def isfinite(z, /):
    x, y = _c(z, 'isfinite')
    return _isfin(x) and _isfin(y)


def isnan(z, /):
    x, y = _c(z, 'isnan')
    return _isnan(x) or _isnan(y)


def isinf(z, /):
    x, y = _c(z, 'isinf')
    return _isinf(x) or _isinf(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = complex(*_c(a, 'isclose'))
    b = complex(*_c(b, 'isclose'))
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if _isinf(a.real) or _isinf(a.imag) or _isinf(b.real) or _isinf(b.imag):
        return False
    diff = abs(b - a)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a))) or diff <= abs_tol
`;
