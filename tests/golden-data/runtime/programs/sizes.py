import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 90), sys.getsizeof(-1))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abcdefghij"), sys.getsizeof("é" * 2), sys.getsizeof("€"), sys.getsizeof("😀"))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)))
l = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print(sys.getsizeof({}), sys.getsizeof({1: 1}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof(frozenset()))
d = {}
ds = []
for i in range(12):
    ds.append(sys.getsizeof(d))
    d[i] = i
print(ds)
def f(): pass
class C: pass
class S:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(C()), sys.getsizeof(S()), sys.getsizeof(S2()), sys.getsizeof(object()))
print(sys.getsizeof(range(5)), sys.getsizeof(set(range(10))), sys.getsizeof(list(range(5))), sys.getsizeof([*range(7)]))
