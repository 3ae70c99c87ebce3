# Attribute caches must notice every change that alters what obj.attr means. Each helper runs the
# same LOAD_ATTR / STORE_ATTR instruction before and after the change.
import sys


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_x(o, v):
    o.x = v


class A:
    def m(self):
        return "A.m"


a = A()
a.x = 1
print([get_x(a) for _ in range(3)], [call_m(a) for _ in range(3)])

# class attribute assigned after the caches filled
A.m = lambda self: "new m"
print(call_m(a))
A.x = "class x"
print(get_x(a))          # instance dict still wins over a plain class attribute
del a.x
print(get_x(a))          # now the class attribute
a.x = 2
print(get_x(a))

# method shadowed by an instance attribute later
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))


# a data descriptor added to a base class later wins over the instance dict
class Base:
    pass


class Sub(Base):
    pass


s = Sub()
set_x(s, 10)
print(get_x(s), get_x(s))
Base.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(get_x(s))
set_x(s, 11)
print(vars(s))
del Base.x
print(get_x(s))
set_x(s, 12)
print(get_x(s), vars(s))


# swapping __class__
class P:
    def m(self):
        return "P.m"


class Q:
    def m(self):
        return "Q.m"

    @property
    def x(self):
        return "Q.x property"


p = P()
p.x = "p's x"
print(call_m(p), get_x(p))
p.__class__ = Q
print(call_m(p), get_x(p))
p.__class__ = P
print(call_m(p), get_x(p))

# __dict__ replacement
r = P()
r.x = 1
print(get_x(r))
r.__dict__ = {"x": "replaced"}
print(get_x(r))
set_x(r, "stored")
print(get_x(r), r.__dict__)
r.__dict__ = {}
try:
    get_x(r)
except AttributeError as e:
    print("AttributeError:", e)

# writes through the materialized dict
t = P()
t.x = 1
d = t.__dict__
d["x"] = "via dict"
print(get_x(t))
del d["x"]
d["y"] = 0
d["x"] = "re-added"
print(get_x(t), list(vars(t)))
set_x(t, "after")
print(vars(t))


# deleting attributes, then re-adding them in another order
class O:
    pass


objs = []
for i in range(4):
    o = O()
    if i % 2:
        o.y = i
        o.x = i * 10
    else:
        o.x = i * 10
        o.y = i
    objs.append(o)
print([get_x(o) for o in objs], [list(vars(o)) for o in objs])
del objs[1].x
for o in objs:
    try:
        print(get_x(o), end=" ")
    except AttributeError as e:
        print("[", e, "]", end=" ")
print()
for o in objs:
    set_x(o, "z")
print([list(vars(o)) for o in objs])


# __getattr__ / __setattr__ added to a class later
class G:
    pass


g = G()
g.x = 1
print(get_x(g))
del g.x
G.__getattr__ = lambda self, name: "getattr " + name
print(get_x(g))
G.__setattr__ = lambda self, name, v: print("setattr", name, v)
set_x(g, 5)
print(vars(g))
del G.__setattr__
set_x(g, 6)
print(get_x(g), vars(g))


# __slots__ members
class S:
    __slots__ = ("x", "y")


sl = S()
set_x(sl, 1)
print(get_x(sl))
del sl.x
try:
    get_x(sl)
except AttributeError as e:
    print("AttributeError:", e)
set_x(sl, 2)
print(get_x(sl))
try:
    sl.z = 3
except AttributeError as e:
    print("AttributeError:", e)


# __bases__ assignment
class B1:
    def m(self):
        return "B1.m"


class B2:
    def m(self):
        return "B2.m"


class C(B1):
    pass


c = C()
print(call_m(c), call_m(c))
C.__bases__ = (B2,)
print(call_m(c))
B2.m = lambda self: "B2.m v2"
print(call_m(c))
del B2.m
try:
    call_m(c)
except AttributeError as e:
    print("AttributeError:", e)


# class methods, static methods and plain class values through instances
class K:
    v = 5

    @classmethod
    def m(cls):
        return "classmethod of " + cls.__name__

    @staticmethod
    def sm():
        return "static"


k = K()
print(call_m(k), k.sm(), k.v)
K.m = staticmethod(lambda: "now static")
print(call_m(k))
k.v = 6
print(k.v, K.v)

# polymorphic site
print([call_m(o) for o in (A(), P(), Q(), K(), B1(), a)])

# reference counts of values read and stored through the caches
val = object()
holder = A()
set_x(holder, val)
print(sys.getrefcount(val))
got = [get_x(holder) for _ in range(3)]
print(sys.getrefcount(val))
del got
set_x(holder, None)
print(sys.getrefcount(val))

# module attributes
import types

mod = types.ModuleType("mod")
mod.x = "module x"
print(get_x(mod), get_x(mod))
del mod.x
mod.__getattr__ = lambda name: "module getattr " + name
print(get_x(mod))
