# sum(): exact-int totals near the safe-integer edge, mixed int/float/bigint items, iterators left exhausted.
import sys
print(sum(range(10)), sum(range(10**6)), sum(range(-5, 10**6, 7)))
print(sum([2**52, 2**52, 2**52, 1]), sum([2**53 - 1, 1, 1]), sum(range(2**53 - 3, 2**53 + 3)))
print(sum([1, 2, 3.5, 4]), sum([1, 2**70, 3]), sum([True, True, 3]), sum([], 5), sum([1, 2], start=10))
print(sum([1, 2], 0.5), sum((x for x in range(5)), 100), sum(range(3), -10))
it = iter(range(10))
print(sum(it), list(it))
it = iter(range(2**53 - 2, 2**53 + 2))
print(sum(it), list(it))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(e)
class I(int): pass
print(sum([I(3), I(4)]), type(sum([I(3), I(4)])))
print(sum([-2**60, 2**60, 5]), sum(range(0)), type(sum(range(0))))
x = sum(range(1000, 1010))
print(sys.getrefcount(x))
