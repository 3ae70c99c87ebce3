/**
 * `_contextvars` in Python source (see ../pysource.ts): Context, ContextVar, Token, copy_context.
 *
 * Model: each Python thread (keyed by `_thread.get_ident()`) has a current Context, created empty
 * on first use. A Context holds an immutable mapping (a dict never mutated once shared):
 * ContextVar.set replaces the current Context's dict by a copy with the new binding, so
 * `copy_context()` / `Context.copy()` only share the dict (O(1)), as CPython shares its HAMT.
 * Context.run enters the context for the call (a context entered twice raises), then restores the
 * previous one. Messages and reprs follow CPython 3.12's Python/context.c.
 */
export const CONTEXTVARS_SRC = String.raw`
"""Context Variables"""
from _thread import get_ident as _get_ident

_current = {}
_MISSING = object()


def _cur():
    ident = _get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = Context()
        _current[ident] = ctx
    return ctx


class Context:
    __slots__ = ('_data', '_entered', '_prev', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._data = {}
        self._entered = False
        self._prev = None
        return self

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        ident = _get_ident()
        self._prev = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return args[0](*args[1:], **kwargs)
        finally:
            _current[ident] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        c = object.__new__(Context)
        c._data = self._data
        c._entered = False
        c._prev = None
        return c

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        self._key(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, key, default=None, /):
        self._key(key)
        return self._data.get(key, default)

    def __contains__(self, var):
        self._key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    return _cur().copy()


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __new__(cls, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        v = _cur()._data.get(self, _MISSING)
        if v is not _MISSING:
            return v
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _cur()
        old = ctx._data.get(self, _MISSING)
        tok = Token._make(ctx, self, old)
        d = dict(ctx._data)
        d[self] = value
        ctx._data = d
        return tok

    def reset(self, token, /):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _cur()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        d = dict(ctx._data)
        if token._old is _MISSING:
            d.pop(self, None)
        else:
            d[self] = token._old
        ctx._data = d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'


class _TokenMissing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used', '__weakref__')

    MISSING = _TokenMissing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        t = object.__new__(cls)
        t._ctx = ctx
        t._var = var
        t._old = old
        t._used = False
        return t

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return Token.MISSING if self._old is _MISSING else self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


del _TokenMissing
`;
