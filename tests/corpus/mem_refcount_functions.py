import sys
def takes(x):
    return sys.getrefcount(x)
data = [1, 2, 3]
print(sys.getrefcount(data))
print(takes(data))
def holds(x):
    y = x
    z = x
    return sys.getrefcount(x)
print(holds(data))
class Box:
    def __init__(self, v):
        self.v = v
b = Box(data)
print(sys.getrefcount(data))
b2 = Box(data)
print(sys.getrefcount(data))
del b, b2
print(sys.getrefcount(data))
