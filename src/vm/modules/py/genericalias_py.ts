/**
 * `types.GenericAlias` (Objects/genericaliasobject.c) in Python source: the type of `list[int]`,
 * run once per VM as the hidden module `_bytescope_types` (see ../genericalias.ts). Attribute
 * access forwards to the origin except for the names CPython keeps on the alias itself.
 */
export const GENERICALIAS_SRC = String.raw`
_EXCEPTIONS = frozenset({'__class__', '__bases__', '__origin__', '__args__', '__unpacked__',
    '__parameters__', '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__'})

_get = object.__getattribute__

def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in params:
                params.append(t)
            continue
        sub = getattr(t, '__parameters__', None)
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)

def _repr_item(p):
    if p is Ellipsis:
        return '...'
    if isinstance(p, list):
        return '[' + ', '.join(_repr_item(x) for x in p) + ']'
    try:
        if hasattr(p, '__origin__') and hasattr(p, '__args__'):
            return repr(p)
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module is None or module == 'builtins':
        return qualname
    return f'{module}.{qualname}'

def _substitute(alias, args, params, item):
    if not params:
        raise TypeError(f'{alias!r} is not a generic class')
    if not isinstance(item, tuple):
        item = (item,)
    if len(item) != len(params):
        raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {alias!r}; actual {len(item)}, expected {len(params)}")
    subst = dict(zip(params, item))
    def sub(a):
        if a in subst:
            return subst[a]
        if isinstance(a, list):
            return [sub(x) for x in a]
        ps = getattr(a, '__parameters__', None)
        if isinstance(ps, tuple) and ps and not isinstance(a, type):
            return a[tuple(subst.get(p, p) for p in ps)]
        return a
    return tuple(sub(a) for a in args)

class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__unpacked__ = False
        return self

    def __getattribute__(self, name):
        if name in _EXCEPTIONS:
            return _get(self, name)
        return getattr(_get(self, '__origin__'), name)

    def __repr__(self):
        args = _get(self, '__args__')
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_repr_item(a) for a in args)
        star = '*' if _get(self, '__unpacked__') else ''
        return f'{star}{_repr_item(_get(self, "__origin__"))}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = _get(self, '__origin__')(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (_get(self, '__origin__'),)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (_get(self, '__origin__') == _get(other, '__origin__') and
                _get(self, '__args__') == _get(other, '__args__') and
                _get(self, '__unpacked__') == _get(other, '__unpacked__'))

    def __hash__(self):
        return hash(_get(self, '__origin__')) ^ hash(_get(self, '__args__'))

    def __reduce__(self):
        return GenericAlias, (_get(self, '__origin__'), _get(self, '__args__'))

    def __getitem__(self, item):
        args = _substitute(self, _get(self, '__args__'), _get(self, '__parameters__'), item)
        return GenericAlias(_get(self, '__origin__'), args)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __dir__(self):
        return sorted(set(dir(_get(self, '__origin__'))) | set(_EXCEPTIONS))

GenericAlias.__module__ = 'types'

# types.UnionType (Objects/unionobject.c): what type.__or__ and GenericAlias.__or__ make of
# int | None. The interpreter's type slot for | calls _union_or (vmHooks.unionType), and
# isinstance()/issubclass() test against a union's __args__ as against a tuple.

_NoneType = type(None)

def _unionable(o):
    if o is None or isinstance(o, (type, GenericAlias, UnionType)):
        return True
    t = type(o)
    return t.__name__ == 'TypeAliasType' and t.__module__ == 'typing'

def _union_items(o):
    if o is None:
        return (_NoneType,)
    if isinstance(o, UnionType):
        return o.__args__
    return (o,)

def _same(a, b):
    if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
        return a == b
    return a is b

def _union_or(a, b):
    if not _unionable(a) or not _unionable(b):
        return NotImplemented
    left = _union_items(a)
    merged = None
    for x in _union_items(b):
        for y in left:
            if _same(y, x):
                break
        else:
            if merged is None:
                merged = list(left)
            merged.append(x)
    if merged is None:
        return _NoneType if a is None else a
    return _make_union(tuple(merged))

def _make_union(args):
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', args)
    return u

def _union_repr_item(p):
    if p is _NoneType:
        return 'None'
    try:
        p.__origin__
        p.__args__
        return repr(p)
    except AttributeError:
        pass
    try:
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module is None:
        return repr(p)
    if module == 'builtins':
        return str(qualname)
    return f'{module}.{qualname}'

class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('__args__', '_parameters')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'types.UnionType' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name == '__args__':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'types.UnionType' object has no attribute '{name}'")

    def __repr__(self):
        return ' | '.join(_union_repr_item(p) for p in self.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __ne__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) != set(other.__args__)

    @property
    def __parameters__(self):
        """Type variables in the types.UnionType."""
        try:
            return object.__getattribute__(self, '_parameters')
        except AttributeError:
            params = _collect_parameters(self.__args__)
            object.__setattr__(self, '_parameters', params)
            return params

    def __getitem__(self, item):
        args = _substitute(self, self.__args__, self.__parameters__, item)
        if not args:
            return _make_union(args)
        res = args[0]
        for a in args[1:]:
            res = res | a
        return res

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

UnionType.__module__ = 'types'
`;
