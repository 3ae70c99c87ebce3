import sys
class C:
    def m(self):
        return sys.getrefcount(self)
    def __init__(self):
        self.rc_in_init = sys.getrefcount(self)
c = C()
print(c.m(), c.rc_in_init, sys.getrefcount(c))
lst = [c]
for item in lst:
    print(sys.getrefcount(item))
def two(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)
print(two(c, c))
def kw(*, k):
    return sys.getrefcount(k)
print(kw(k=c))
def star(*args):
    return sys.getrefcount(args[0])
print(star(c))
d = {"k": c}
print(sys.getrefcount(c), sys.getrefcount(d))
t = (c,)
print(sys.getrefcount(c))
del t, d, lst
print(sys.getrefcount(c))
f = lambda: c
print(sys.getrefcount(c), sys.getrefcount(f))
def closure():
    x = C()
    def inner():
        return x
    return sys.getrefcount(x)
print(closure())
g = (i for i in [c])
print(sys.getrefcount(g))
s = "dynamic" + str(1)
print(sys.getrefcount(s))
e = ValueError("x")
print(sys.getrefcount(e))
try:
    raise e
except ValueError as err:
    print(sys.getrefcount(err))
print(sys.getrefcount(e))
print(sys.getrefcount(C), sys.getrefcount(C.m))
