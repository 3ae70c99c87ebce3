print(hash(1), hash(-1), hash(0), hash(True), hash(2 ** 61), hash(2 ** 61 - 1))
print(hash(1.0) == hash(1), hash(0.5), hash(-2.5))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(id(a)).__name__)
