class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Host:
    d = Desc()
h = Host()
print(h.d, Host.d.name)
h.d = 4
print(h.d, vars(h))
class Base:
    def __init__(self, *args, **kwargs):
        print("Base init", args, kwargs)
class Mid(Base):
    def __init__(self, x, **kw):
        super().__init__(x, **kw)
        self.x = x
m = Mid(1, y=2)
print(m.x, isinstance(m, Base), Mid.__init__ is not Base.__init__)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Str(str):
    def shout(self):
        return self.upper() + "!"
print(Str("hi").shout(), Str("a") + "b", type(Str("x") + "y").__name__, len(Str("abc")), isinstance(Str("q"), str))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, ml[1:3])
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class Int(int):
    def __repr__(self):
        return f"Int({int(self)})"
print(Int(5) + 1, repr(Int(5)), Int(7) * 2, Int("12"))
class Ordered:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"O{self.v}"
print({Ordered(1), Ordered(1), Ordered(2)} == {Ordered(1), Ordered(2)}, Ordered(3) in [Ordered(3)])
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1); w2.add(2)
print(WithClassAttr.items, w1.items is w2.items)
class Abstractish:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstractish().area()
except NotImplementedError as e:
    print("NIE:", e)
print(Host.__dict__["d"].__class__.__name__, type(Host.__dict__).__name__, "d" in Host.__dict__)
print(callable(Host), Host.__qualname__, Host().__class__ is Host, Host.__base__, Mid.__mro__)
