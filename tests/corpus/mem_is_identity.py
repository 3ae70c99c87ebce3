x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z)
print(None is None, () is (), [] is [])
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
def f():
    return (1, 2)
print(f() is f())
s1 = frozenset()
s2 = frozenset()
print(s1 is s2)
print(type(x) is list, type(True) is bool)
