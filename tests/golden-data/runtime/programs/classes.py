class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    def __str__(self):
        return "Dog " + self.name
a = Animal("x"); d = Dog("rex")
print(a, d, repr(d), a.speak(), d.speak(), d.kind, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
print(Dog.__mro__, Dog.__bases__, Dog.__name__, Dog.__qualname__, Dog.__module__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), {p: 1}[Point(4, 6)], sorted([Point(2, 1), Point(1, 5)]), min(Point(3, 3), Point(1, 1)))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v * 2
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def make(cls): return cls()
t = Temp.make(); t.c = 5; print(t.c, Temp.s(1), t.s(2), type(t) is Temp)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1
for _ in range(3): Counter()
print(Counter.count, hasattr(t, "c"), getattr(t, "zz", "dflt"), vars(Animal("v")))
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class Sub(Base, tag="yes"): pass
print(Sub.tag)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.created_by, type(WithMeta).__name__)
class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __bool__(self): return bool(self.xs)
    def __call__(self, k): return [x * k for x in self.xs]
v = Vec(1, 2, 3)
print(len(v), v[1], list(v), 2 in v, bool(Vec()), v(2), [x for x in v])
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
