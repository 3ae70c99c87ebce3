import sys
g = sys.getsizeof

def show(label, v):
    print(label, g(v))

for n in (0, 1, -1, 255, 2**30 - 1, 2**30, -2**30, 2**60, -2**60, 2**90, 10**100):
    show('int', n)
show('bool', True)
show('float', 1.5)
show('complex', 1 + 2j)
for s in ('', 'a', 'abcdefghij', 'é', 'é' * 10, 'aé', '€', '€' * 5, '😀', 'a😀'):
    show('str ' + ascii(s), s)
u = 'ü'
u.encode('utf-8')
show('str encoded', u)
show('bytes0', b'')
show('bytes3', b'abc')
show('bytearray0', bytearray())
show('bytearray3', bytearray(b'abc'))
ba = bytearray()
for i in range(10):
    ba.append(i)
show('bytearray grown', ba)
show('tuple0', ())
show('tuple1', (1,))
show('tuple5', (1, 2, 3, 4, 5))
show('list0', [])
show('list3', [1, 2, 3])
lst = []
for i in range(20):
    lst.append(i)
    print('append', i, g(lst))
show('list range', list(range(10)))
show('list comp', [i for i in range(10)])
show('list mul', [0] * 10)
show('list slice', lst[2:9])
show('dict0', {})
show('dict str', {'a': 1})
show('dict int', {1: 1})
d = {}
for i in range(100):
    d['k%d' % i] = i
    if i in (0, 4, 5, 6, 10, 11, 20, 21, 42, 43, 85, 86, 99):
        print('dict grow', i, g(d))
di = {}
for i in range(30):
    di[i] = i
show('dict int30', di)
show('dict comp', {i: i for i in range(10)})
show('dict fromkeys', dict.fromkeys(range(10)))
for i in range(25):
    del d['k%d' % i]
show('dict deleted', d)
show('set0', set())
s = set()
for i in range(40):
    s.add(i)
    if i in (0, 4, 5, 18, 19, 38, 39):
        print('set grow', i, g(s))
show('frozenset', frozenset(range(10)))
show('range', range(10))
show('slice', slice(1, 2, 3))
show('slice1', slice(5))

def f(a, b=1):
    x = a + b
    return x

show('function', f)
show('lambda', lambda: 0)
show('code', f.__code__)
show('code lambda', (lambda: 0).__code__)

class A:
    def m(self):
        pass

class S:
    __slots__ = ('x', 'y')

class E(Exception):
    pass

a = A()
show('instance', a)
show('bound method', a.m)
show('instance dict', a.__dict__)
a2 = A()
a2.x = 1
show('instance dict x', a2.__dict__)
show('slots instance', S())
show('type A', A)
show('type int', int)
show('type object', object)
show('type type', type)
show('type dynamic', type('B', (), {}))
show('object', object())
show('exception', ValueError('x'))
show('exception sub', E())

def outer():
    y = 1
    def inner():
        return y
    return inner

show('cell', outer().__closure__[0])

def gen():
    yield 1

show('generator', gen())
show('frame', sys._getframe())
show('module', sys)
show('None', None)
show('Ellipsis', ...)
show('NotImplemented', NotImplemented)
show('list iter', iter([]))
print(type(iter([])).__name__)
show('tuple iter', iter(()))
print(type(iter(())).__name__)
show('str iter', iter('ab'))
print(type(iter('ab')).__name__)
show('range iter', iter(range(3)))
show('dict keyiter', iter({}))
show('set iter', iter(set()))
show('bytes iter', iter(b''))
show('enumerate', enumerate([]))
show('zip', zip())
show('map', map(str, []))
show('reversed', reversed([]))
show('builtin fn', len)
show('method descr', str.upper)
show('builtin method', [].append)
show('property', property())
show('staticmethod', staticmethod(f))
show('classmethod', classmethod(f))
show('dict keys', {}.keys())
print(slice(3), slice(1, 2), slice(1, 2, 3))
print(int.__sizeof__(5), [].__sizeof__(), 'é'.__sizeof__())
b = bytearray(b'abcdefgh'); show('ba8', b); b.clear(); show('ba clear', b)
b = bytearray(b'abcdefgh'); b.pop(); show('ba pop', b); b.extend(b'xyzxyz'); show('ba extend', b)
show('ba concat', bytearray(b'ab') + bytearray(b'c')); show('ba copy', b.copy()); show('ba n', bytearray(5))
show('latin1 chr', chr(200)); show('latin1 3', 'ü' * 3)
class K: pass
for k in range(0, 6):
    o = K()
    for i in range(k):
        setattr(o, 'x%d' % i, i)
    print('split', k, g(o.__dict__))
o = K(); dd = o.__dict__; print('split late', g(dd)); o.y = 2; print('split late2', g(dd))
for T in (A, S, E, type('M', (type,), {}), type('I', (int,), {}), type('L', (list,), {})):
    print('type', T.__name__, g(T))
show('dict valiter', iter({}.values()))
show('dict itemiter', iter({}.items()))
show('list revit', reversed([1]))
show('callable it', iter(int, 1))
show('filter', filter(None, []))
show('seq iter', iter(type('Q', (), {'__getitem__': lambda s, i: 1})()))
show('wrapper descr', str.__add__)
show('classmethod descr', dict.__dict__['fromkeys'])
show('getset', type.__dict__['__name__'])
show('member', int.__dict__['real'] if False else type('P', (), {'__slots__': ('a',)}).__dict__['a'])
show('method-wrapper', (1).__add__)
show('mappingproxy', int.__dict__)
show('dict values', {}.values())
show('dict items', {}.items())
show('super', super(int, 1))
show('weakref-able W', type('W', (), {'__slots__': ('__weakref__',)})())
show('int sub inst', type('I2', (int,), {})(5))
show('list sub inst', type('L2', (list,), {})())
try:
    1/0
except ZeroDivisionError as e:
    show('traceback', e.__traceback__)
    show('zde', e)
show('frozenset0', frozenset())
