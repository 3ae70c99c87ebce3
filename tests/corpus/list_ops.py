a = [1, 2]
b = [3]
print(a + b, a * 2, [0] * 3, [] * 5)
print(2 in a, 5 not in a)
print(a == [1, 2], a < [1, 3], [1, 2, 3] > [1, 2], [] < [0])
c = [[0] * 2 for _ in range(2)]
c[0][1] = 7
print(c)
d = [[0] * 2] * 2
d[0][1] = 7
print(d)
print(list("abc"), list(range(4)), list((1, 2)))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0])
