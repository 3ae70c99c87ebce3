# Property getters run in place by LOAD_ATTR, cached super() method lookups and the inline
# class-call path: each site runs before and after the change that must invalidate it.
import sys


class R:
    def __init__(self, w):
        self.w = w

    @property
    def double(self):
        return self.w * 2


def dbl(o):
    return o.double


rs = [R(i) for i in range(3)]
print([dbl(r) for r in rs], [dbl(r) for r in rs])

# the getter is replaced on the class; then the property is replaced by a plain attribute
R.double = property(lambda self: "lambda getter")
print(dbl(rs[0]))
R.double = property(lambda self, extra=1: ("default arg", extra))
print(dbl(rs[0]))
R.double = "plain"
print(dbl(rs[0]))
rs[0].__dict__["double"] = "instance"
print(dbl(rs[0]), dbl(rs[1]))


# a getter that raises: the traceback shows the getter's frame under the access
class E:
    @property
    def bad(self):
        return 1 / 0


def get_bad(o):
    return o.bad


for _ in range(2):
    try:
        get_bad(E())
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("ZeroDivisionError", names)


# a getter that is not a plain function, and getattr-based fallbacks
class F:
    double = property(len)

    def __len__(self):
        return 7


print(dbl(F()), dbl(F()))


# recursion through a property getter
class Deep:
    @property
    def down(self):
        return self.down


try:
    Deep().down
except RecursionError as e:
    print("RecursionError", str(e)[:40])


# reference counts through the in-place getter
class H:
    def __init__(self):
        self.payload = object()

    @property
    def p(self):
        return self.payload


h = H()
print(sys.getrefcount(h), sys.getrefcount(h.payload))
vals = [h.p for _ in range(4)]
print(sys.getrefcount(h), sys.getrefcount(h.payload))
del vals


# super() method lookups
class Base:
    def hello(self):
        return "Base.hello"


class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello()


class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super().hello()


leaf, mid = Leaf(), Mid()
print(leaf.hello(), mid.hello(), leaf.hello(), mid.hello())
Base.hello = lambda self: "Base.hello v2"
print(leaf.hello(), mid.hello())
Mid.hello = lambda self: "Mid v2"
print(leaf.hello(), mid.hello())
del Mid.hello
print(leaf.hello(), mid.hello())


class Other(Base):
    pass


# the same super() site with another class argument, and with a class as self
def call_super_hello(cls, obj):
    return super(cls, obj).hello()


print(call_super_hello(Mid, leaf), call_super_hello(Leaf, leaf), call_super_hello(Mid, leaf))


class CM(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)

    def hello(self):
        return "CM>" + super().hello()


print(type(CM.make()).__name__, CM().hello())
try:
    call_super_hello(Leaf, mid)
except TypeError as e:
    print("TypeError:", e)

# super rebound as a global name
real_super = super


def super(*a):
    print("fake super called with", len(a), "args")
    return real_super(*a)


class Z(Base):
    def hello(self):
        return "Z>" + super(Z, self).hello()


print(Z().hello())
del super


# classes called with various argument shapes (inline __init__)
class Args:
    def __init__(self, a, b=2, *rest, k=3, **kw):
        self.v = (a, b, rest, k, kw)


print(Args(1).v, Args(1, 5).v, Args(1, 5, 6, 7, k=0, z=9).v)


class Two:
    def __init__(self, a, b):
        self.a = a
        self.b = b


print(vars(Two(1, 2)), vars(Two(b=1, a=2)))
for bad in ((1,), (1, 2, 3)):
    try:
        Two(*bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b, sys.getrefcount(s))
