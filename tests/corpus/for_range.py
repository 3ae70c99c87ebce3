print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)))
print(range(3), range(1, 10, 2), len(range(0, 100, 7)))
r = range(5, 50, 5)
print(r[2], r[-1], r[1:3], 15 in r, 16 in r, r.index(25))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(list(reversed(range(4))))
