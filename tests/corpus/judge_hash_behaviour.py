print(hash(1), hash(1.0), hash(True), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 20), hash(0.5), hash(1.5), hash(-0.0), hash(1e100), hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(None) == hash(None), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(range(3)) == hash(range(3)))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), hash(p) == id(p) >> 4)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
class EqHash(EqOnly):
    def __hash__(self):
        return 42
print(hash(EqHash()), {EqHash(): 1, EqHash(): 2})
class Huge:
    def __hash__(self):
        return 2 ** 70
print(hash(Huge()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self):
        return 'nope'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(1 + 2j) == hash(complex(1, 2)), hash(3 + 0j) == hash(3))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s)
print(hash(float('inf')), hash(float('-inf')), hash(float('nan')) == hash(float('nan')))
