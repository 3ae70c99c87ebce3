/**
 * `_typing` in Python source: the classes CPython 3.12 implements in C (Objects/typevarobject.c)
 * and Lib/typing.py imports — TypeVar, ParamSpec (+ .args/.kwargs), TypeVarTuple, TypeAliasType,
 * Generic — plus `_idfunc`. Like the C types they delegate substitution, `|` and Generic's
 * `__class_getitem__`/`__init_subclass__` to helper functions of `typing` (imported on use).
 *
 * Contracts with the interpreter (PEP 695 intrinsics, interp/typing_intrinsics.ts):
 * `_make_typevar(name, evaluate_bound, evaluate_constraints)`, `_make_paramspec(name)`,
 * `_make_typevartuple(name)` build the implicitly-variant parameters of `def f[T]()` (no
 * `__module__` set, bound/constraints evaluated lazily); `_make_typealias(name, type_params,
 * compute_value)` builds `type X = ...`; `_subscript_generic(params)` is `Generic[params]`.
 */
export const TYPING_SRC = String.raw`
"""Primitives and accelerators for the typing module."""

import sys as _sys


def _idfunc(_, x):
    return x


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _typing(name):
    import typing
    return getattr(typing, name)


_NOT_GIVEN = object()


def _variance_check(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError('Bivariant types are not supported.')
    if infer_variance and (covariant or contravariant):
        raise ValueError('Variance cannot be specified with infer_variance.')


def _variance_repr(obj, name):
    if obj._infer_variance:
        return name
    return ('+' if obj._covariant else '-' if obj._contravariant else '~') + name


class TypeVar:
    """Type variable."""

    __slots__ = ('_name', '_bound', '_evaluate_bound', '_constraints', '_evaluate_constraints',
                 '_covariant', '_contravariant', '_infer_variance', '__dict__', '__weakref__')
    __module__ = 'typing'

    def __new__(cls, name, *constraints, bound=None, covariant=False, contravariant=False,
                infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"TypeVar() argument 'name' must be str, not {type(name).__name__}")
        covariant = bool(covariant)
        contravariant = bool(contravariant)
        infer_variance = bool(infer_variance)
        _variance_check(covariant, contravariant, infer_variance)
        if bound is not None:
            bound = _typing('_type_check')(bound, 'Bound must be a type.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self = object.__new__(cls)
        self._name = name
        self._bound = bound
        self._evaluate_bound = None
        self._constraints = constraints
        self._evaluate_constraints = None
        self._covariant = covariant
        self._contravariant = contravariant
        self._infer_variance = infer_variance
        mod = _caller_module()
        if mod is not None:
            self.__module__ = mod
        return self

    @property
    def __name__(self):
        return self._name

    @property
    def __covariant__(self):
        return self._covariant

    @property
    def __contravariant__(self):
        return self._contravariant

    @property
    def __infer_variance__(self):
        return self._infer_variance

    @property
    def __bound__(self):
        if self._bound is None and self._evaluate_bound is not None:
            self._bound = self._evaluate_bound()
        return self._bound

    @property
    def __constraints__(self):
        if not self._constraints and self._evaluate_constraints is not None:
            self._constraints = self._evaluate_constraints()
        return self._constraints

    def __repr__(self):
        return _variance_repr(self, self._name)

    def __or__(self, right):
        return _typing('_make_union')(self, right)

    def __ror__(self, left):
        return _typing('_make_union')(left, self)

    def __typing_subst__(self, arg):
        return _typing('_typevar_subst')(self, arg)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVar' is not an acceptable base type")


class _ParamSpecAttr:
    __slots__ = ('_origin', '__weakref__')
    __module__ = 'typing'
    _suffix = ''

    def __new__(cls, origin):
        self = object.__new__(cls)
        self._origin = origin
        return self

    @property
    def __origin__(self):
        return self._origin

    def __repr__(self):
        o = self._origin
        return (o._name if type(o) is ParamSpec else repr(o)) + self._suffix

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._origin == other._origin

    __hash__ = object.__hash__


class ParamSpecArgs(_ParamSpecAttr):
    """The args for a ParamSpec object."""
    __slots__ = ()
    _suffix = '.args'

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ParamSpecArgs')


class ParamSpecKwargs(_ParamSpecAttr):
    """The kwargs for a ParamSpec object."""
    __slots__ = ()
    _suffix = '.kwargs'

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ParamSpecKwargs')


class ParamSpec:
    """Parameter specification variable."""

    __slots__ = ('_name', '_bound', '_covariant', '_contravariant', '_infer_variance',
                 '__dict__', '__weakref__')
    __module__ = 'typing'

    def __new__(cls, name, *, bound=None, covariant=False, contravariant=False,
                infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"ParamSpec() argument 'name' must be str, not {type(name).__name__}")
        covariant = bool(covariant)
        contravariant = bool(contravariant)
        infer_variance = bool(infer_variance)
        _variance_check(covariant, contravariant, infer_variance)
        if bound is not None:
            bound = _typing('_type_check')(bound, 'Bound must be a type.')
        self = object.__new__(cls)
        self._name = name
        self._bound = bound
        self._covariant = covariant
        self._contravariant = contravariant
        self._infer_variance = infer_variance
        mod = _caller_module()
        if mod is not None:
            self.__module__ = mod
        return self

    @property
    def __name__(self):
        return self._name

    @property
    def __bound__(self):
        return self._bound

    @property
    def __covariant__(self):
        return self._covariant

    @property
    def __contravariant__(self):
        return self._contravariant

    @property
    def __infer_variance__(self):
        return self._infer_variance

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_repr(self, self._name)

    def __or__(self, right):
        return _typing('_make_union')(self, right)

    def __ror__(self, left):
        return _typing('_make_union')(left, self)

    def __typing_subst__(self, arg):
        return _typing('_paramspec_subst')(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing('_paramspec_prepare_subst')(self, alias, args)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ParamSpec')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.ParamSpec' is not an acceptable base type")


class TypeVarTuple:
    """Type variable tuple."""

    __slots__ = ('_name', '__dict__', '__weakref__')
    __module__ = 'typing'

    def __new__(cls, name):
        if not isinstance(name, str):
            raise TypeError(f"TypeVarTuple() argument 'name' must be str, not {type(name).__name__}")
        self = object.__new__(cls)
        self._name = name
        mod = _caller_module()
        if mod is not None:
            self.__module__ = mod
        return self

    @property
    def __name__(self):
        return self._name

    def __iter__(self):
        yield _typing('Unpack')[self]

    def __repr__(self):
        return self._name

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        return _typing('_typevartuple_prepare_subst')(self, alias, args)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVarTuple')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVarTuple' is not an acceptable base type")


def _unpack_typevartuples(params):
    if any(type(p) is TypeVarTuple for p in params):
        return tuple(_typing('Unpack')[p] if type(p) is TypeVarTuple else p for p in params)
    return params


class TypeAliasType:
    """Type alias."""

    __slots__ = ('_name', '_type_params', '_compute_value', '_value', '__dict__', '__weakref__')
    __module__ = 'typing'

    def __new__(cls, name, value, *, type_params=None):
        if not isinstance(name, str):
            raise TypeError(f"TypeAliasType() argument 'name' must be str, not {type(name).__name__}")
        if type_params is not None and not isinstance(type_params, tuple):
            raise TypeError('type_params must be a tuple')
        self = object.__new__(cls)
        self._name = name
        self._type_params = type_params or None
        self._compute_value = None
        self._value = value
        self.__module__ = _caller_module()
        return self

    @property
    def __name__(self):
        return self._name

    @property
    def __value__(self):
        if self._compute_value is not None and self._value is _NOT_GIVEN:
            self._value = self._compute_value()
        return self._value

    @property
    def __type_params__(self):
        return self._type_params or ()

    @property
    def __parameters__(self):
        return _unpack_typevartuples(self._type_params) if self._type_params else ()

    def __repr__(self):
        return self._name

    def __getitem__(self, args):
        if not self._type_params:
            raise TypeError('Only generic type aliases are subscriptable')
        import types
        return types.GenericAlias(self, args)

    def __or__(self, right):
        from _bytescope_types import _union_or
        return _union_or(self, right)

    def __ror__(self, left):
        from _bytescope_types import _union_or
        return _union_or(left, self)

    def __reduce__(self):
        return self._name

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()
    __module__ = 'typing'

    def __class_getitem__(cls, *args, **kwargs):
        return _typing('_generic_class_getitem')(cls, *args, **kwargs)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing('_generic_init_subclass')(cls, *args, **kwargs)


def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = object.__new__(TypeVar)
    tv._name = name
    tv._bound = None
    tv._evaluate_bound = evaluate_bound
    tv._constraints = ()
    tv._evaluate_constraints = evaluate_constraints
    tv._covariant = tv._contravariant = False
    tv._infer_variance = True
    return tv


def _make_paramspec(name):
    ps = object.__new__(ParamSpec)
    ps._name = name
    ps._bound = None
    ps._covariant = ps._contravariant = False
    ps._infer_variance = True
    return ps


def _make_typevartuple(name):
    tvt = object.__new__(TypeVarTuple)
    tvt._name = name
    return tvt


def _make_typealias(name, type_params, compute_value):
    ta = object.__new__(TypeAliasType)
    ta._name = name
    ta._type_params = type_params or None
    ta._compute_value = compute_value
    ta._value = _NOT_GIVEN
    ta.__module__ = getattr(compute_value, '__module__', None)
    return ta


def _subscript_generic(params):
    return _typing('_GenericAlias')(Generic, _unpack_typevartuples(params))
`;
