# Fast call paths: fixed-arity builtins and methods, pooled frames (recursion, tracebacks,
# _getframe), exception args tuples, sum() over mixed items.
import sys
print(sum([1,2,3]), sum([1, 2.5, 0.25]), sum([True, True, 3]), sum([], 5), sum([2**60, 2**60]), sum([1, 2**62, 2**62]), sum(range(10), True), sum([1.5, 2]), sum([1, -1.0]))
x = 1000
print(sum([x, x]) is sum([x, x]), sum([]) , type(sum([True])))
class I(int): pass
print(type(sum([I(3), I(4)])), sum([I(3)], 0))
try: sum([1, 'a'])
except TypeError as e: print(e)
def f():
    raise ValueError('x')
def g(n):
    if n == 0: f()
    return g(n-1)
for i in range(3):
    try: g(3)
    except ValueError as e:
        tb = e.__traceback__; n = 0
        while tb: n += 1; tb = tb.tb_next
        print(n, sys.getrefcount(e))
def rec(n): return 0 if n == 0 else 1 + rec(n-1)
print(rec(500), rec(10))
def fr(): return sys._getframe()
a = fr(); b = fr(); print(a is b, a.f_code.co_name)
l = []
l.append(1); f = l.append; f(2); print(l, len(l), len([]), len('abc'))
d = {1: 2}
print(d.get(1), d.get(3), d.get(3, 'x'), d.get(1, 'x'))
try: d.get([])
except TypeError as e: print(e)
try: d.get()
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
try: len(1, 2)
except TypeError as e: print(e)
try: isinstance(1)
except TypeError as e: print(e)
try: isinstance(1, 5)
except TypeError as e: print(e)
print(isinstance(1, int), isinstance(1, (str, int)), issubclass(bool, int), repr('a'), hash(1), abs(-3), callable(len), callable(1))
print(getattr(l, 'append').__name__, next(iter([7])))
try: getattr(l, 5)
except TypeError as e: print(e)
try: getattr(l, 'nope')
except AttributeError as e: print(e)
class L(list): pass
x = L(); x.append(3); print(x)
class D(dict): pass
dd = D(a=1); print(dd.get('a'), dd.get('b', 0))
try: list.append(d, 1)
except TypeError as e: print(e)
print(sys.getrefcount(None) > 0, sys.getrefcount(l))
o = object(); l2 = []; l2.append(o); print(sys.getrefcount(o)); d2 = {'k': o}; v = d2.get('k'); print(sys.getrefcount(o))
e = ValueError(1, 2); a = e.args; e.__init__(1, 2); print(e.args, sys.getrefcount(a))
class E(Exception):
    def __init__(self, x): super().__init__(x, 'extra')
print(E(5).args, repr(E(5)))
try: raise KeyError('k')
except KeyError as k: print(repr(k), k.args)
def gen():
    yield 1
    return 5
g = gen(); print(next(g)); 
try: next(g)
except StopIteration as s: print('stop', s.value)
def deep(n):
    return deep(n+1)
try: deep(0)
except RecursionError as r: print(r)
def tb():
    try: 1/0
    except ZeroDivisionError as z: return z
z = tb(); print(z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_lineno)
z2 = tb(); print(z2.__traceback__.tb_frame is z.__traceback__.tb_frame)
del z, z2
for i in range(3): print(tb().__traceback__.tb_frame.f_locals.keys())
def loc():
    x = 1
    return sys._getframe()
f1 = loc(); print(f1.f_locals); f2 = loc(); print(f1 is f2, f2.f_locals)
