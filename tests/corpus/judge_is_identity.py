a = 256
b = 256
print(a is b, id(a) == id(b))
c = int('257')
d = int('257')
print(c is d, c == d)
x = -5
y = int('-5')
print(x is y)
p = int('-6')
q = int('-6')
print(p is q)
s1 = 'hello'
s2 = 'hel' + 'lo'
s3 = ''.join(['hel', 'lo'])
print(s1 is s2, s1 is s3, s1 == s3, s1 is sys_intern if False else s1 is __import__('sys').intern(s3))
e1 = ''
e2 = str()
a_lit = 'a'
s_abc = 'abc'
print(e1 is e2, chr(97) is a_lit, s_abc[0] is a_lit, chr(105) is s_abc[0].replace('a', 'i'))
t1 = ()
t2 = tuple()
print(t1 is t2, (1, 2) == (1, 2))
print(None is None, type(None)() is None, NotImplemented is NotImplemented, ... is Ellipsis)
l1 = []
l2 = []
print(l1 is l2, l1 == l2, id([]) == id([]))
f1 = 1.5
f2 = 1.5
print(f1 is f2)
def consts():
    return 1000, 'interned_name', (1, 2)
r1, r2 = consts(), consts()
print(r1[0] is r2[0], r1[1] is r2[1], r1[2] is r2[2])
print(True is bool(1), False is (1 == 2), bool is type(True))
class C: pass
o = C()
print(o is o, C() is C(), type(o) is C, o.__class__ is C)
n = None
print(n is None, n is not None, not n is None)
print(int('1') is int('1'), float('nan') is float('nan'))
empty_b = b''
print(frozenset() is frozenset(), empty_b is bytes(), 'x' * len(t1) is e1)
