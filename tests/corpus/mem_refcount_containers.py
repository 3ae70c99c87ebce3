import sys
item = []
print(sys.getrefcount(item))
d = {"a": item, "b": item}
print(sys.getrefcount(item))
t = (item,)
print(sys.getrefcount(item))
s = [t, t]
print(sys.getrefcount(t), sys.getrefcount(item))
d.clear()
print(sys.getrefcount(item))
del t
print(sys.getrefcount(s[0]))
s.pop()
print(sys.getrefcount(s[0]))
