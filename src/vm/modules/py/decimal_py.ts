/**
 * `_decimal` in Python source: Bytescope's own implementation of the decimal arithmetic that
 * `decimal` re-exports (the stdlib zip ships neither the C `_decimal` nor `_pydecimal.py`).
 * A number is (sign, integer coefficient, exponent) or a special (Infinity, NaN, sNaN); results
 * are rounded to the context precision with its rounding mode and raise the trapped signals with
 * the C module's arguments (`InvalidOperation([<class 'decimal.ConversionSyntax'>])`).
 *
 * Covered: construction (str, int, float, tuple, Decimal), + - * / // % divmod, integral **,
 * comparisons and hashes consistent with int/float/Fraction, str/repr/format, quantize,
 * normalize, to_integral*, sqrt, exp, ln, log10, as_tuple, as_integer_ratio, predicates, copy_*,
 * contexts (getcontext/setcontext/localcontext, flags and traps). Not covered: logical and
 * "next/fma/rotate/shift" operations, non-integral powers of huge precision, Emin/Emax clamping
 * beyond overflow to Infinity.
 */
export const DECIMAL_SRC = String.raw`
"""C decimal arithmetic module"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    __module__ = 'decimal'

class Clamped(DecimalException):
    __module__ = 'decimal'

class InvalidOperation(DecimalException):
    __module__ = 'decimal'

class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'

class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'

class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'

class Inexact(DecimalException):
    __module__ = 'decimal'

class InvalidContext(InvalidOperation):
    __module__ = 'decimal'

class Rounded(DecimalException):
    __module__ = 'decimal'

class Subnormal(DecimalException):
    __module__ = 'decimal'

class Overflow(Inexact, Rounded):
    __module__ = 'decimal'

class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'

class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# libmpdec's status-bit order, which Context.__repr__ lists flags and traps in.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow]
# A condition is flagged and trapped under the signal it belongs to.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class Context(object):
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more."""

    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = dict(base.traps) if base else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name not in ('Emin', 'Emax', 'capitals', 'clamp', 'traps', 'flags'):
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{", ".join(flags)}], traps=[{", ".join(traps)}])')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, cond, result=None):
        sig = _SIGNAL_OF.get(cond, cond)
        self.flags[sig] = True
        if self.traps[sig]:
            raise sig([cond])
        return result

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def plus(self, a):
        return _dec(a).__pos__(self)

    def minus(self, a):
        return _dec(a).__neg__(self)

    def abs(self, a):
        return _dec(a).__abs__(self)

    def add(self, a, b):
        return _dec(a)._add(_dec(b), self)

    def subtract(self, a, b):
        return _dec(a)._add(_dec(b).copy_negate(), self)

    def multiply(self, a, b):
        return _dec(a)._mul(_dec(b), self)

    def divide(self, a, b):
        return _dec(a)._div(_dec(b), self)

    def divide_int(self, a, b):
        return _dec(a)._divmod(_dec(b), self)[0]

    def remainder(self, a, b):
        return _dec(a)._divmod(_dec(b), self)[1]

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(_dec(b), modulo, self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def compare(self, a, b):
        return _dec(a).compare(_dec(b), self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    def is_zero(self, a):
        return _dec(a).is_zero()

    def exp(self, a):
        return _dec(a).exp(self)

    def ln(self, a):
        return _dec(a).ln(self)

    def log10(self, a):
        return _dec(a).log10(self)


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError(f'conversion from {type(x).__name__} to Decimal is not supported')


_current = None


def getcontext():
    """Get the current default context."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context, /):
    """Set a new default context."""
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    cm = _ContextManager(ctx)
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        setattr(cm.new_context, k, v)
    return cm


def _digits(n):
    return len(str(n))


def _round_coeff(sign, coeff, exp, drop, rounding):
    """Drops the lowest 'drop' digits of coeff (drop > 0): (new coeff, new exp, inexact)."""
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q, exp + drop, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 10 in (0, 5)
    return q + up, exp + drop, True


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active."""

    __module__ = 'decimal'
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, str):
            return cls._from_str(self, value, context)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._int = int(''.join(map(str, digits)) or '0') if exp != 'F' else 0
                self._exp = 0
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
            self._int = int(''.join(map(str, digits)) or '0')
            self._exp = exp
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @staticmethod
    def _from_str(self, value, context):
        s = value.strip().replace('_', '') if '_' not in value.strip()[:1] + value.strip()[-1:] else None
        ctx = context if context is not None else getcontext()
        import re
        m = None if s is None else re.fullmatch(
            r'([-+])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([-+]?\d+))?|([-+])?(inf(?:inity)?|s?nan(\d*))', s, re.I)
        if m is None or '__' in value:
            ctx._signal(ConversionSyntax)
            self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            return self
        if m.group(7):
            self._sign = 1 if m.group(6) == '-' else 0
            word = m.group(7).lower()
            self._exp = 0
            if word.startswith('inf'):
                self._special, self._int = 'F', 0
            else:
                self._special = 'N' if word.startswith('s') else 'n'
                self._int = int(m.group(8) or '0')
            return self
        self._sign = 1 if m.group(1) == '-' else 0
        intpart = m.group(2) or ''
        frac = m.group(3) or m.group(4) or ''
        self._int = int(intpart + frac or '0')
        self._exp = int(m.group(5) or '0') - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = object.__new__(Decimal)
        d._special = ''
        d._sign, d._int, d._exp = sign, n * 5 ** k, -k
        return d if cls is Decimal else cls(d)

    # ---- predicates and accessors ----

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return not self._special and self._int != 0 and self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        return not self._special and self._int != 0 and self.adjusted() < (context or getcontext()).Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return _make(_dec(other)._sign, self._int, self._exp, self._special)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # ---- rounding to a context ----

    def _fix(self, ctx):
        """Rounds self to ctx.prec digits (and handles overflow to Infinity)."""
        if self._special:
            if self._special == 'N':
                return ctx._signal(InvalidOperation, _make(self._sign, self._int, 0, 'n'))
            return self
        n = _digits(self._int)
        c, e = self._int, self._exp
        if n > ctx.prec:
            c, e, inexact = _round_coeff(self._sign, c, e, n - ctx.prec, ctx.rounding)
            if _digits(c) > ctx.prec:
                c //= 10
                e += 1
            ctx._signal(Rounded)
            if inexact:
                ctx._signal(Inexact)
        if c and e + _digits(c) - 1 > ctx.Emax:
            ctx._signal(Inexact)
            ctx._signal(Rounded)
            return ctx._signal(Overflow, _make(self._sign, 0, 0, 'F'))
        return _make(self._sign, c, e)

    def _nan_result(self, other, ctx):
        for x in (self, other):
            if x is not None and x._special == 'N':
                return ctx._signal(InvalidOperation, _make(x._sign, x._int, 0, 'n'))
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    # ---- arithmetic ----

    def _add(self, other, ctx):
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == other._special == 'F' and self._sign != other._sign:
                return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
            return self if self._special == 'F' else other
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        s = a + b
        if s == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return _make(sign, 0, e)._fix(ctx)
        return _make(1 if s < 0 else 0, abs(s), e)._fix(ctx)

    def _mul(self, other, ctx):
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
            return _make(sign, 0, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    def _div(self, other, ctx):
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
            return _make(sign, 0, 0, 'F')
        if other._special == 'F':
            return _make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return ctx._signal(DivisionUndefined, _make(0, 0, 0, 'n'))
            return ctx._signal(DivisionByZero, _make(sign, 0, 0, 'F'))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(ctx)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        e = ideal - shift
        if r:
            q = q * 10 + 1
            e -= 1
        else:
            while e < ideal and q % 10 == 0:
                q //= 10
                e += 1
        return _make(sign, q, e)._fix(ctx)

    def _divmod(self, other, ctx):
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            r = ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
            return r, r
        if other._special == 'F':
            return _make(sign, 0, 0), self
        if other._int == 0:
            if self._int == 0:
                r = ctx._signal(DivisionUndefined, _make(0, 0, 0, 'n'))
                return r, r
            return ctx._signal(DivisionByZero, _make(sign, 0, 0, 'F')), ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            res = ctx._signal(DivisionImpossible, _make(0, 0, 0, 'n'))
            return res, res
        return _make(sign, q, 0), _make(self._sign, r, e)._fix(ctx)

    def _coerce(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def __add__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._add(other, context or getcontext())

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._add(other.copy_negate(), context or getcontext())

    def __rsub__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other._add(self.copy_negate(), context or getcontext())

    def __mul__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._mul(other, context or getcontext())

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._div(other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other._div(self, context or getcontext())

    def __divmod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())[0]

    def __mod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())[1]

    def __pow__(self, other, modulo=None, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            m = self._coerce(modulo)
            if not (self._is_int() and other._is_int() and m._is_int()):
                return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
            r = pow(int(self), int(other), int(m))
            return Decimal(r)._fix(ctx)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if other._is_int() and not other._special:
            n = int(other)
            if self._special == 'F':
                if n == 0:
                    return Decimal(1)
                sign = self._sign if n % 2 else 0
                return _make(sign, 0, 0, 'F') if n > 0 else _make(sign, 0, 0)
            if n == 0:
                if self._int == 0:
                    return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
                return Decimal(1)
            sign = self._sign if n % 2 else 0
            if self._int == 0:
                if n < 0:
                    return ctx._signal(DivisionByZero, _make(sign, 0, 0, 'F'))
                return _make(sign, 0, self._exp * n)._fix(ctx)
            if n > 0:
                return _make(sign, self._int ** n, self._exp * n)._fix(ctx)
            inner = Context(prec=ctx.prec + 3 + _digits(-n), rounding=ROUND_HALF_EVEN, traps=[])
            den = _make(0, self._int ** -n, self._exp * -n)
            q = Decimal(1)._div(den, inner)
            return _make(sign, q._int, q._exp)._fix(ctx)
        if self._sign and not self.is_zero():
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if self.is_zero():
            return _make(0, 0, 0, 'F') if other._sign else Decimal(0)
        # x ** y = exp(y * ln(x)), with guard digits.
        inner = Context(prec=ctx.prec + 10, traps=[])
        r = other._mul(self.ln(inner), inner).exp(inner)
        return r._fix(ctx)

    def __rpow__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) or self.copy_negate()
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else 1 - self._sign
        return _make(sign, self._int, self._exp)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) or self
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else self._sign
        return _make(sign, self._int, self._exp)._fix(ctx)

    def __abs__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) or self.copy_abs()
        return _make(0, self._int, self._exp)._fix(ctx)

    def _is_int(self):
        if self._special:
            return False
        return self._exp >= 0 or self._int % 10 ** -self._exp == 0

    # ---- comparison and hashing ----

    def _cmp_value(self, other):
        """(self, other) as exact rationals (num, den) or None for NaN; +-inf as strings."""
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = Decimal(other)
        elif isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            o = Decimal.from_float(other)
        elif isinstance(other, _numbers.Rational):
            n, d = other.numerator, other.denominator
            if self._special:
                return self._cmp_special(None), 0
            a, b = self.as_integer_ratio()
            return a * d, n * b
        else:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            return None
        if self._special or o._special:
            return self._cmp_special(o), 0
        e = min(self._exp, o._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = o._int * 10 ** (o._exp - e) * (-1 if o._sign else 1)
        return a, b

    def _cmp_special(self, o):
        def key(x):
            if x is None:
                return 0
            if x._special == 'F':
                return -1 if x._sign else 1
            return 0
        return key(self) - key(o) if (self._special or (o is not None and o._special)) else 0

    def __eq__(self, other, context=None):
        v = self._cmp_value(other)
        if v is NotImplemented:
            return v
        if v is None:
            return False
        return v[0] == v[1]

    def __ne__(self, other, context=None):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        v = self._cmp_value(other)
        if v is NotImplemented:
            return v
        if v is None:
            getcontext()._signal(InvalidOperation)
            return False
        return op(v[0], v[1])

    def __lt__(self, other, context=None):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other, context=None):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other, context=None):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other, context=None):
        return self._order(other, lambda a, b: a >= b)

    def compare(self, other, context=None):
        other = _dec(other)
        if self.is_nan() or other.is_nan():
            return self._nan_result(other, context or getcontext())
        v = self._cmp_value(other)
        return Decimal((v[0] > v[1]) - (v[0] < v[1]))

    def max(self, other, context=None):
        other = _dec(other)
        return (other if self.compare(other) < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _dec(other)
        return (other if self.compare(other) > 0 else self)._fix(context or getcontext())

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        P = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int % P * pow(10, self._exp, P) % P
        else:
            h = self._int % P * pow(pow(10, -self._exp, P), P - 2, P) % P
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ---- conversions ----

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special in ('n', 'N'):
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special == 'F':
                raise OverflowError('cannot round an infinity')
            if self._special:
                raise ValueError('cannot round a NaN')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(_make(0, 1, -n))

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) or self
        if self._exp >= 0:
            return self
        c, e, _ = _round_coeff(self._sign, self._int, self._exp, -self._exp, rounding or ctx.rounding)
        return _make(self._sign, c, e)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        c, e, inexact = _round_coeff(self._sign, self._int, self._exp, -self._exp, rounding or ctx.rounding)
        ctx._signal(Rounded)
        if inexact:
            ctx._signal(Inexact)
        return _make(self._sign, c, e)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _dec(exp)
        nan = self._nan_result(exp, ctx)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == exp._special == 'F':
                return self
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        target = exp._exp
        if self._exp >= target:
            c = self._int * 10 ** (self._exp - target)
            inexact = False
        else:
            c, _, inexact = _round_coeff(self._sign, self._int, self._exp, target - self._exp, rounding or ctx.rounding)
        if _digits(c) > ctx.prec:
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if inexact:
            ctx._signal(Rounded)
            ctx._signal(Inexact)
        return _make(self._sign, c, target)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) or self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    reduce = normalize

    def scaleb(self, other, context=None):
        other = _dec(other)
        if self._special:
            return self
        return _make(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            return self._nan_result(None, ctx) or ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        # Enough digits for prec + 1 significant digits of the root.
        k = max(0, ctx.prec + 1 - (_digits(c) + 1) // 2)
        c *= 100 ** k
        e -= 2 * k
        r = _math.isqrt(c)
        exact = r * r == c
        re_ = e // 2
        if not exact:
            r = r * 10 + 1
            re_ -= 1
        else:
            while re_ < ideal and r % 10 == 0:
                r //= 10
                re_ += 1
        inner = Context(prec=ctx.prec, rounding=ROUND_HALF_EVEN, traps=[])
        res = _make(0, r, re_)._fix(inner)
        if not exact:
            ctx._signal(Rounded)
            ctx._signal(Inexact)
        return res

    def _series_ln(self, prec):
        """ln(self) for a finite positive self, to about prec digits (as Decimal)."""
        inner = Context(prec=prec + 10, rounding=ROUND_HALF_EVEN, traps=[])
        # self = m * 10**k with m in [0.1, 1): ln = ln(m) + k*ln(10).
        k = self.adjusted() + 1
        m = _make(0, self._int, self._exp - k)
        # Bring m close to 1 by powers of two for fast convergence of atanh series.
        two = Decimal(2)
        j = 0
        while m < Decimal('0.7'):
            m = m._mul(two, inner)
            j -= 1
        while m > Decimal('1.4'):
            m = m._div(two, inner)
            j += 1
        s = m._add(Decimal(-1), inner)._div(m._add(Decimal(1), inner), inner)
        s2 = s._mul(s, inner)
        term = s
        total = s
        n = 1
        eps = _make(0, 1, -(prec + 8))
        while True:
            term = term._mul(s2, inner)
            n += 2
            t = term._div(Decimal(n), inner)
            if t.copy_abs() < eps:
                break
            total = total._add(t, inner)
        ln_m = total._mul(two, inner)
        res = ln_m
        if j:
            res = res._add(Decimal(j)._mul(_ln2(prec + 10), inner), inner)
        if k:
            res = res._add(Decimal(k)._mul(_ln10(prec + 10), inner), inner)
        return res

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            return self._nan_result(None, ctx) or ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if self._int == 0:
            return _make(1, 0, 0, 'F')
        if self._sign:
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if self._int == 1 and self._exp == 0:
            return Decimal(0)
        r = self._series_ln(ctx.prec + 5)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return r._fix(Context(prec=ctx.prec, rounding=ROUND_HALF_EVEN, traps=[]))

    def log10(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            return self._nan_result(None, ctx) or ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        if self._int == 0:
            return _make(1, 0, 0, 'F')
        if self._sign:
            return ctx._signal(InvalidOperation, _make(0, 0, 0, 'n'))
        c, e = self._int, self._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1:
            return Decimal(e)
        inner = Context(prec=ctx.prec + 10, rounding=ROUND_HALF_EVEN, traps=[])
        r = self._series_ln(ctx.prec + 5)._div(_ln10(ctx.prec + 10), inner)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return r._fix(Context(prec=ctx.prec, rounding=ROUND_HALF_EVEN, traps=[]))

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == 'F':
                return Decimal(0) if self._sign else self
            return self._nan_result(None, ctx)
        if self._int == 0:
            return Decimal(1)
        prec = ctx.prec + 10
        inner = Context(prec=prec, rounding=ROUND_HALF_EVEN, traps=[])
        # exp(x) = exp(x / 2**j) ** (2**j) with |x / 2**j| < 0.5.
        x = self
        j = 0
        half = Decimal('0.5')
        while x.copy_abs() > half:
            x = x._div(Decimal(2), inner)
            j += 1
        inner = Context(prec=prec + j, rounding=ROUND_HALF_EVEN, traps=[])
        total = Decimal(1)
        term = Decimal(1)
        n = 0
        eps = _make(0, 1, -(prec + j + 2))
        while True:
            n += 1
            term = term._mul(x, inner)._div(Decimal(n), inner)
            if term.copy_abs() < eps:
                break
            total = total._add(term, inner)
        for _ in range(j):
            total = total._mul(total, inner)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return total._fix(Context(prec=ctx.prec, rounding=ROUND_HALF_EVEN, traps=[]))

    # ---- strings ----

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            intpart, frac = '0', '.' + '0' * -dot + digits
        elif dot >= len(digits):
            intpart, frac = digits + '0' * (dot - len(digits)), ''
        else:
            intpart, frac = digits[:dot], '.' + digits[dot:]
        if left == dot:
            expo = ''
        else:
            caps = (context or getcontext()).capitals
            expo = ('E' if caps else 'e') + '%+d' % (left - dot)
        return sign + intpart + frac + expo

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, _localeconv=None):
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec, re.S)
        if m is None:
            raise ValueError('invalid format string')
        fill, align, sgn, z, alt, zero, width, group, prec, typ = m.groups()
        if zero and not align:
            fill, align = fill or '0', '='
        fill = fill or ' '
        align = align or '>'
        prec = int(prec) if prec is not None else None
        ctx = getcontext()
        if typ is None:
            typ = 'G' if ctx.capitals else 'g'
        elif typ == 'n':
            typ = 'g'
        if typ in 'gG' and prec == 0:
            prec = 1
        d = self
        sign = d._sign
        if d._special:
            body = 'Infinity' if d._special == 'F' else 'NaN'
            if typ == '%':
                body += '%'
        else:
            if typ == '%':
                d = _make(d._sign, d._int, d._exp + 2)
            big = Context(prec=MAX_PREC, rounding=ctx.rounding, traps=[])
            if prec is not None:
                if typ in 'eE':
                    n = _digits(d._int)
                    if d._int and n > prec + 1:
                        d = d._fix(Context(prec=prec + 1, rounding=ctx.rounding, traps=[]))
                elif typ in 'fF%':
                    d = d.quantize(_make(0, 1, -prec), context=big)
                elif _digits(d._int) > prec:
                    d = d._fix(Context(prec=prec, rounding=ctx.rounding, traps=[]))
            if d._int == 0 and d._exp > 0 and typ in 'fF%':
                d = _make(d._sign, 0, 0)
            if z and d._int == 0:
                sign = 0
            digits = str(d._int)
            left = d._exp + len(digits)
            if typ in 'eE':
                dot = 1 - prec if (d._int == 0 and prec is not None) else 1
            elif typ in 'fF%':
                dot = left
            else:
                dot = left if d._exp <= 0 and left > -6 else 1
            if dot < 0:
                intpart, frac = '0', '0' * -dot + digits
            elif dot > len(digits):
                intpart, frac = digits + '0' * (dot - len(digits)), ''
            else:
                intpart, frac = digits[:dot] or '0', digits[dot:]
            expo = left - dot
            if typ in 'eE' and prec is not None and d._int != 0 and len(frac) < prec:
                frac += '0' * (prec - len(frac))
            body_frac = ('.' + frac) if (frac or alt) else ''
            if expo != 0 or typ in 'eE':
                body_frac += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}.get(typ, 'e') + '%+d' % expo
            if typ == '%':
                body_frac += '%'
            if group:
                g = []
                while len(intpart) > 3:
                    g.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                g.insert(0, intpart)
                intpart = group.join(g)
            body = intpart + body_frac
        signstr = '-' if sign else ('+' if sgn == '+' else (' ' if sgn == ' ' else ''))
        w = int(width) if width else 0
        if align == '=':
            return signstr + fill * max(0, w - len(signstr) - len(body)) + body
        text = signstr + body
        pad = max(0, w - len(text))
        if align == '<':
            return text + fill * pad
        if align == '^':
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        return fill * pad + text

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _make(sign, coeff, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


_LN10 = None
_LN2 = None


def _ln_const(x, prec):
    inner = Context(prec=prec + 5, rounding=ROUND_HALF_EVEN, traps=[])
    # ln(x) = 2*atanh((x-1)/(x+1)), x near 1 after dividing by powers of two handled by caller.
    s = Decimal(x - 1)._div(Decimal(x + 1), inner)
    s2 = s._mul(s, inner)
    term = s
    total = s
    n = 1
    eps = _make(0, 1, -(prec + 4))
    while True:
        term = term._mul(s2, inner)
        n += 2
        t = term._div(Decimal(n), inner)
        if t.copy_abs() < eps:
            break
        total = total._add(t, inner)
    return total._mul(Decimal(2), inner)


def _ln2(prec):
    global _LN2
    if _LN2 is None or _LN2[0] < prec:
        _LN2 = (prec, _ln_const(2, prec))
    return _LN2[1]


def _ln10(prec):
    global _LN10
    if _LN10 is None or _LN10[0] < prec:
        inner = Context(prec=prec + 5, rounding=ROUND_HALF_EVEN, traps=[])
        # ln 10 = 3 ln 2 + ln 1.25
        v = Decimal(3)._mul(_ln2(prec + 5), inner)._add(_ln_const(Decimal('1.25'), prec + 5), inner)
        _LN10 = (prec, v)
    return _LN10[1]


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                       flags=[], traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                          clamp=0, flags=[], traps=[])
`;
