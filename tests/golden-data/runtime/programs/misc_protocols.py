import sys
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"computed {name}"
l = Lazy()
print(l.real, l.other, getattr(l, "x"))
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
g = Guard(); g.a = 1; del g.a
print(hasattr(g, "a"))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(2) >= Cmp(2))
try:
    hash(Cmp(1))
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(5); n += 2
print(n, 10 + n, -n, abs(Num(-3)), int(Num(7)), float(Num(2)), [0, 1, 2, 3][Num(1)], hex(Num(255)))
print(sum([Num(1), Num(2)], 0) if False else 3 + Num(4))
print("x", "y", sep="", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
class Ctx:
    def __enter__(self): return "value"
    def __exit__(self, *a): return None
with Ctx() as v:
    print(v)
print(isinstance(3, (int, float)), issubclass(int, object), type(int), type(object), object.__subclasses__ if False else "ok")
print(len(dir(object)) > 10, callable(Lazy), Lazy.__name__, Lazy.__dict__["__init__"].__name__)
print([1, 2, 3].__len__(), "abc".__getitem__(1), (5).__add__(3), int.__add__(1, 2), list.__getitem__([9], 0))
print(str.upper("x"), dict.fromkeys("ab", 0), list(dict(a=1).items()))
x = [3, 1, 2]
print(sorted(x, reverse=True), x.sort() or x, min(x, key=lambda v: -v))
print(divmod(-7, 2), pow(2, 10), pow(2, 10, 1000), round(-2.5), round(0.5), round(1.25, 1))
print(f"{'nested {}'.format(1)}", f"{[1,2][0]}", f"{ {'a': 1}['a'] }", f"{3!s:>3}|")
print(any(c.isupper() for c in "abC"), all(map(str.isalpha, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))), sorted({"b": 1, "a": 2}.items()))
print(isinstance(None, type(None)), None is None, type(None)() is None if False else "skip")
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try:
    s.b = 1
except AttributeError as e:
    print(e)
try:
    s.a
except AttributeError as e:
    print(e)
print(str(Exception("x", 2)), repr(ValueError()), str(KeyError("k")), repr(StopIteration(5)))
