# Function and generator names: co_name is interned (immortal), co_qualname one str per code
# object shared by its functions; generators take the function's current names (make_gen).
import sys
def top(): pass
class C:
    def m(self): pass
print(sys.getrefcount(top.__qualname__), sys.getrefcount(C.m.__qualname__), sys.getrefcount(top.__name__), sys.getrefcount(C.m.__name__))
fs = [(lambda: 0) for _ in range(3)]
print(sys.getrefcount(fs[0].__qualname__), sys.getrefcount(fs[0].__name__), fs[0].__qualname__)
def mk():
    def inner(): pass
    return inner
a, b = mk(), mk()
print(a.__name__ is b.__name__, a.__qualname__ is b.__qualname__, sys.getrefcount(a.__qualname__))
del b
print(sys.getrefcount(a.__qualname__))
def gen(): yield 1
gen.__name__ = "renamed"
g = gen()
print(g.__name__, g.__qualname__, g.__name__ is gen.__name__, sys.getrefcount(g.__qualname__))
def outer():
    def inner(): yield 2
    return inner
h = outer()()
print(h.__name__, h.__qualname__, sys.getrefcount(h.__qualname__))
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, sys.getrefcount(ge.__name__))
async def co(): pass
c = co(); print(c.__name__, c.__qualname__); c.close()
