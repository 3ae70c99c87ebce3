# Which objects are hashable, and the TypeError for those that are not.
samples = [[1], {}, set(), bytearray(b"ab"), {1: 2}.keys(), {1: 2}.items(), (1, [2]),
           frozenset([1, 2]), (1, "a"), slice(1, 2), range(3), b"xy", 2.5, None]
for v in samples:
    try:
        h = hash(v)
        print(type(v).__name__, "hashable", h == hash(v))
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)

for expr in ["{}[[]]", "set([[]])", "{[1]: 2}", "{[]}", "[] in {1: 2}", "[] in set()",
             "frozenset([{}])", "{1: 2}.get([])", "{}.setdefault([], 1)", "{}.pop([])",
             "{1: 2}.pop([])", "dict.fromkeys([[1]])", "{(1, [2]): 3}", "[1] in {1}.union()"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, KeyError) as e:
        print(expr, "->", type(e).__name__, e)

class EqOnly:
    def __eq__(self, other):
        return True
print("EqOnly.__hash__ is", EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)

class EqAndHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqAndHash())).__name__)

class MyList(list):
    pass
try:
    {MyList(): 1}
except TypeError as e:
    print(e)

class HashedList(list):
    def __hash__(self):
        return 42
print(hash(HashedList([1])), {HashedList(): "ok"})

print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print(frozenset.__hash__ is not None, tuple.__hash__ is not None)
print(hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"abc")))
except ValueError as e:
    print(e)

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)

class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
import types
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace.__hash__)
