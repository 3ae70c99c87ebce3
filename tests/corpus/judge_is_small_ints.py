def same(a, b):
    return a is b

print(same(256, 255 + 1), same(257, 256 + 1), same(-5, -6 + 1), same(-6, -7 + 1))
vals = list(range(250, 262))
print([v is int(str(v)) for v in vals])
print([v is int(str(v)) for v in range(-8, 0)])
a = 1000
b = 1000
print(a is b)
def f():
    x = 1000
    y = 1000
    return x is y
print(f())
c = 10 ** 3
d = 10 ** 3
print(c is d, c == a)
e = int('1000')
print(e is a, e == a)
t = (1, 2, 3)
u = (1, 2, 3)
print(t is u)
print(id(0) == id(0.0), None.__class__ is type(None))
lst = [0, 0, 0]
print(lst[0] is lst[1], [x is lst[0] for x in range(1)])
big = [2 ** 100, 2 ** 100]
print(big[0] is big[1], big[0] == big[1])
flt = [1.5 * 2, 1.5 * 2]
print(flt[0] is flt[1])
s = sum([100, 200])
k300 = 150 * 2
print(s is k300, k300 == 300)
