import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
print(sys.getrefcount(None), sys.getrefcount(1), sys.getrefcount(256), sys.getrefcount(True))
big = 10 ** 10
print(sys.getrefcount(big))
y = 1000
print(sys.getrefcount(y))
s = "not interned string!"
print(sys.getrefcount(s))
class K: pass
k = K()
print(sys.getrefcount(k), sys.getrefcount(K))
d = {"key": k}
print(sys.getrefcount(k))
def g():
    return sys.getrefcount(g)
print(g())
t = (a, a)
print(sys.getrefcount(a), sys.getrefcount(t))
m = K()
m.self_ref = m
print(sys.getrefcount(m))
print(sys.getrefcount(len) > 1)
