d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
l = [3, 1, 2]
print(sorted(l, key=lambda x: 0), l.index(2), [1, 2, 3, 4][1:3], l[::-1])
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print("%r %s %5.2f %-4d| %c %%" % ("q", [1], 3.14159, 7, 65))
print("{!r:>8}".format("x"), "{:08.3f}".format(-3.5), "{:+.1e}".format(12345.0), "{:x}".format(3735928559))
class A:
    x = 1
a = A()
a.x = 2
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print(e)
print(divmod(2**70, 12345), (2**70) // -3, -(2**70) % 1000, 2**70 >> 3, 1 << 70, (2**70) & 0xffff, ~(2**70))
print(int(1e20), int(-1.5e20), float(2**80), 2**80 / 2**79, (10**30) / 7)
print(str(-0.0), 1e300 * 10, -1e308 * 10, float("nan") == float("nan"), 0.1 + 0.7)
import sys
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__)
x = 5
print(f"{x:{'>'}{4}}", f"{x!a}", f"{'é'!a}", f"{x=:>4}")
print(list(filter(lambda v: v % 2, range(6))), list(map(pow, [2, 3], [3, 2])))
print(min(3, 1, key=lambda v: -v), max([], default=None), sorted({3: 'a', 1: 'b'}))
it = iter(range(3))
print(next(it), list(it), list(it))
print(tuple(range(3)) + (3,), (1, 2) * 2, (1, 2) < (1, 3), () == (), (1,) * 0)
print("a".join("xyz"), "ab".center(7, "-"), "x".ljust(3, "."), "tHiS".lower(), "Abc".istitle() if False else "-")
print(abs(-0.0), round(-0.0), round(2.5, 0), round(3.5, 0), 7 % -3, -7 % 3, 7.0 % -3)
