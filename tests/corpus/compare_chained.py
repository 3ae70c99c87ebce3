def noisy(v):
    print("eval", v)
    return v
print(1 < 2 < 3 < 4)
print(1 < 3 < 2)
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print("a" < "b" > "a", [1] == [1] != [2])
print(2 in [1, 2] in [[1, 2]])
