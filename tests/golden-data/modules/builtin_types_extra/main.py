# bytes / bytearray / memoryview, types.GenericAlias, weak references, big ranges, str.translate.
import _weakref, sys
b = b'hello\n\x00\xff"'
print(b, len(b), b[0], b[1:3], b'll' in b, 104 in b, list(b'ab'), bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'))
print(b'a' + b'b', b'ab' * 2, b'a,b'.split(b','), b'xyz'.decode(), 'é'.encode(), b'ab'.hex(), bytes.fromhex('4142'))
print(hash(b'abc') == hash('abc'), b'a' < b'b', b'abc'.startswith(b'ab'), b"it's", b'  x '.strip(), type(b'').__name__)
print(sys.getsizeof(b'abc'), b'a-b-c'.replace(b'-', b'+'), b' '.join([b'x', b'y']), b'abcabc'.count(b'bc'), b'abc'.find(b'c'))
ba = bytearray(b'ab')
ba.append(99); ba.extend(b'de'); ba[0] = 65
print(ba, len(ba), ba.pop(), ba, ba == b'Abcd', bytearray(), bytearray(3), ba.decode())
m = memoryview(b'abcdef')
print(len(m), m[1], m[1:3].tobytes(), m.tobytes(), m.nbytes, m.readonly, m.format, m == b'abcdef')
t = list[int]
print(t, type(t), t.__origin__, t.__args__, dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
print(t == list[int], t([1, 2]), t.__name__)
class X(list): pass
print(X[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class A: pass
a = A()
r = _weakref.ref(a)
print(r() is a, _weakref.getweakrefcount(a), r is _weakref.ref(a), type(r), _weakref.ref)
def cb(w):
    print('callback', w is r2, w() is None)
r2 = _weakref.ref(a, cb)
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)), r2.__callback__ is cb)
print(hash(r) == hash(a), r == r2, sys.getrefcount(a))
del a
print(r(), r2())
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
class KeyedRef(_weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
bb = A()
k = KeyedRef(bb, None, 'thekey')
print(k.key, k() is bb, type(k).__name__)
del bb
print(k())
def f(): pass
p = _weakref.proxy(f)
print(type(p).__name__, p.__name__)
d = {'x': _weakref.ref(A())}
_weakref._remove_dead_weakref(d, 'x')
print(d)
lr = range(1 << 100)
it = iter(lr)
print(type(it).__name__, next(it), next(it), lr, bool(lr), list(range(2**70, 2**70 + 3)))
tbl = str.maketrans('abc', 'xyz', 'd')
print('abcdd'.translate(tbl), str.maketrans({'a': 'A'}), 'Hello World'.istitle(), 'a\tb'.isprintable())
print(type.__subclasses__(A), [c.__name__ for c in X.mro()])
