# set / frozenset methods and operators, including mixed set/frozenset and plain iterables.
a = {1, 2, 3, 4}
b = frozenset([3, 4, 5])
for r in (a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a):
    print(type(r).__name__, sorted(r))

c = set(a); c.difference_update([1], (2,)); print(sorted(c))
c = set(a); c.difference_update(c); print(c)
c = set(a); c.intersection_update([1, 2, 9], range(2)); print(c)
c = set(a); c.symmetric_difference_update([4, 5, 6]); print(sorted(c))
c = set(a); c.symmetric_difference_update({1: "x", 9: "y"}); print(sorted(c))
c = set(a); c.symmetric_difference_update(c); print(c)
print(a.isdisjoint([9, 8]), a.isdisjoint(iter([1])), a.isdisjoint(a), set().isdisjoint(set()))
print(a.issubset(range(10)), a.issubset([1]), a.issuperset([1, 2]), a.issuperset(iter([7])))
print(b.issubset([3, 4, 5, 6]), b.issuperset({3}), b.isdisjoint(a))
print(sorted(a.union([7], (8,), "")), type(b.union([1])).__name__, sorted(b.union([1])))
print(a.intersection() == a, a.intersection() is a, a.intersection([1, 2], [2]), sorted(b.intersection(a)))
print(a.difference() == a, a.difference([1], [2]), sorted(a.symmetric_difference(range(3))))
print(type(b.symmetric_difference([3, 10])).__name__, sorted(b.symmetric_difference([3, 10])))

x = {1, 2}
y = x
x |= {3}; x &= {1, 3, 7}; x -= {9}; x ^= frozenset([5])
print(sorted(x), x is y)
f = frozenset([1]); g = f
f |= {2}
print(sorted(f), sorted(g), f is g, type(f).__name__)

class S(set):
    pass
s = S([1, 2])
print(type(s | {3}).__name__, type(s.copy()).__name__, type(s.union()).__name__, s)
fz = frozenset([1, 2])
print(fz.copy() is fz, frozenset(fz) is fz, set(fz) is fz)
print({frozenset([1])}.__contains__({1}), {1} in {frozenset([1])})
z = {frozenset([1]), 2}
z.remove({1}); z.discard({2}); print(z)

tests = ["a | [1]", "a & [1]", "a - 'x'", "a ^ 1", "a < [1]", "a.add()", "a.add(1, 2)",
         "a.clear(1)", "set(1, 2)", "set(a=1)", "frozenset(x=2)", "a.remove(99)", "set().pop()",
         "a.update(1)", "a.issubset(1)", "a.union(1)", "a.add([])", "[] in a", "a.remove([])",
         "b.add(1)", "a.symmetric_difference()", "{1}.isdisjoint(None)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

p = set(range(10))
print(p.pop(), p.pop(), sorted(p))
p.add(0)
print(p.pop())

k = {1: 2, 3: 4}
print(k.keys() == {1, 3}, k.keys() & {1, 5}, k.keys() | [5], k.keys() - [1], [1, 7] - k.keys())
print(k.items() == {(1, 2), (3, 4)}, k.keys() < {1, 3, 5}, k.keys() >= {1}, {1, 9} ^ k.keys())
print(k.items() | {(5, 6)} == {(1, 2), (3, 4), (5, 6)}, k.keys().isdisjoint([7]) if hasattr(k.keys(), "isdisjoint") else None)
try:
    k.keys() & 1
except TypeError as e:
    print(e)
print(a == b, a != b, a <= {1, 2, 3, 4, 5}, b > frozenset([3]), set() == frozenset())
print(set.__reduce__({1}), S([1]).__reduce__())
