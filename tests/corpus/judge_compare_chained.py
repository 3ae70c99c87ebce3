def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1.5 == 1.5 != 2)
print(1 == 1.0 == True, 'a' < 'b' < 'c', [1] < [2] <= [2], (1, 2) == (1, 2) != (2, 1))
x = 5
print(0 <= x < 10, 0 < x < 5, x in range(10) in [range(10)] if False else x in [5] != False)
print(None is None is not False)
print('a' in 'abc' in ['abc', 'd'])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
try:
    print(1 < 'a')
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None > 0)
except TypeError as e:
    print(e)
try:
    print({1} < 2)
except TypeError as e:
    print(e)
print(float('nan') < 1, float('nan') >= 1, 2 ** 64 > 1.8e19, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(sorted([3, 1, 2], reverse=True) == [3, 2, 1] == sorted([1, 2, 3])[::-1])
print(max([1, 5, 3]) > min(4, 8) >= len('four'))
