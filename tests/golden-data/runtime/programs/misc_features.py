import sys
class Base:
    __slots__ = ("a",)
class Derived(Base):
    __slots__ = ("b",)
d = Derived(); d.a = 1; d.b = 2
print(d.a, d.b, sys.getsizeof(d))
class P:
    @property
    def v(self): return 1
class Q(P):
    @property
    def v(self): return super().v + 1
print(Q().v)
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "{0[0]}{1[k]}".format([9], {"k": 8}), "{:,}".format(10**9))
x = [lambda: i for i in range(3)]
print([f() for f in x])
def gen():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
g = gen(); next(g); g.send(5); g.send(6)
try: g.send(None)
except StopIteration as e: print("total", e.value)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted("Hello World".split(), key=str.lower))
print(list(enumerate(zip("ab", "cd"))), dict(enumerate("xy")), [*map(abs, [-1, -2])])
a, b = 1, 2; a, b = b, a; print(a, b)
print(1 if [] else 2, [] or "empty", 0 and 1, None or 0 or "last")
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), float("  -1.5e3 "), complex if False else "c")
s = "hello"
print(s.find("l", 3), s.rindex("l"), s.split("l", 1), s.rsplit("l", 1), s.title(), s.swapcase())
print(bytes if False else "skip", repr(1.0e-10), 1e-10, 123e-20, 1.0 / 3 * 3)
def deco(arg):
    def wrap(fn):
        fn.tag = arg
        return fn
    return wrap
@deco("T")
def h(): pass
print(h.tag, h.__name__, h.__dict__)
class Meta(type):
    def __call__(cls, *a):
        print("Meta call", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
print(W(5).x)
print(type("Dyn", (), {"f": lambda self: 42})().f())
print(isinstance(W, Meta), W.__class__.__name__, Meta.__mro__)
try:
    raise ExceptionGroup("eg", [ValueError(1)]) if False else ValueError("plain")
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(1e20), round(-0.5), 10 // 3.0, 2 ** 0.5 ** 2, -2 ** 2)
print(max("a", "b", key=len), min((3, "x"), (3, "a")), sum(range(10), start=5))
print(list(reversed(range(5))), list(range(10, 0, -3)), range(0, 10)[2:5], range(5)[-1])
print("a" * 0, [1] * -1, "abc"[::-1], "abc"[5:], [1, 2, 3][-5:])
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(str(1 + 2j) if False else "nocomplex", 7 .bit_length(), (255).to_bytes if False else "tb")
