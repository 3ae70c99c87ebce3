a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
c = {'x': 1, 'y': 2, 'z': 3}
class Obj:
    pass
o = Obj()
o.attr = 5
o.other = 6

del a
try:
    print(a)
except NameError as e:
    print(e)

del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[-1]
print(b)

del c['y']
print(c)
try:
    del c['nope']
except KeyError as e:
    print('KeyError', e)

del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print(e)

x, y, z = 1, 2, 3
del x, y
print('z' in dir(), 'x' in dir())

def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())

lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)

try:
    del b[100]
except IndexError as e:
    print(e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(e)
