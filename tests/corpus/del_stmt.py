x = 1
del x
try:
    x
except NameError as e:
    print(e)
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
def f():
    y = 3
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
