import sys
a = "hello"
b = "hello"
print(a is b)
c = "hello world"
d = "hello world"
print(c is d)
e = "".join(["hel", "lo"])
print(e == a, e is a)
f = sys.intern(e)
print(f is a)
g = "x" * 3
h = "xxx"
print(g is h)
