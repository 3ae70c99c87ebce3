import sys

class Node:
    pass

n = Node()
print('fresh', sys.getrefcount(n))
lst = [n, n, n]
print('in list x3', sys.getrefcount(n))
t = (n,)
print('in tuple', sys.getrefcount(n))
d = {'k': n, n: 'v'}
print('dict key+value', sys.getrefcount(n))
del lst
print('list gone', sys.getrefcount(n))
d.clear()
print('dict cleared', sys.getrefcount(n))

def f(arg):
    return sys.getrefcount(arg)
print('as argument', f(n))

def g(*args):
    return sys.getrefcount(args[0])
print('via *args', g(n))

n.self_ref = n
print('self attr', sys.getrefcount(n))
del n.self_ref
m = n
print('alias', sys.getrefcount(n))
del m
print('method bound', sys.getrefcount(Node), sys.getrefcount(n))

s = 'some unique string value ' + str(12345)
print('str', sys.getrefcount(s))
s2 = s
print('str alias', sys.getrefcount(s))
print('None-ish immortals', sys.getrefcount(None) > 1000000, sys.getrefcount(True) == sys.getrefcount(False))
print('small int', sys.getrefcount(5) == sys.getrefcount(6), sys.getrefcount(10 ** 30))
big = 10 ** 30
print('big int var', sys.getrefcount(big))
x = [1, 2]
print('list', sys.getrefcount(x))
it = iter(x)
print('list with iterator', sys.getrefcount(x))
del it
gen = (v for v in x)
print('list with genexpr', sys.getrefcount(x))
def closure():
    return x
print('closure over global', sys.getrefcount(x))
def maker():
    local = [9]
    def inner():
        return local
    return inner, sys.getrefcount(local)
fn, rc = maker()
print('cell-held', rc, sys.getrefcount(fn.__closure__[0].cell_contents))
for item in [object()]:
    print('loop var', sys.getrefcount(item))
class K:
    attr = object()
print('class attr', sys.getrefcount(K.attr))
k = K()
print('instance', sys.getrefcount(k), sys.getrefcount(K) > 2)
