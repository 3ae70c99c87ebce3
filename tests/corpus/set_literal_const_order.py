# A set display of three or more constants is a frozenset constant that the compiler builds
# twice (from the items, then from its own iteration order); colliding hashes make the two
# layouts differ, and the second one is what the program iterates.
print(list({7, 15, 23, 31, 39, 47, 55, 63, 2, 10}))
print(list({-1, -9, 1024, 0, 8, 16, 33, 65}))
print(list({5, 13, 21, 29, 37, 4}))
for s in [{0.5, 8.5, 16.5, 1.5, 9.5}, {100, 228, 356, 484, 612, 1}]:
    print(list(s))


def member(x):
    return x in {3, 11, 19, 27, 35, 43}


print([member(v) for v in range(0, 50, 4)])
print(list(frozenset({7, 15, 23, 31, 39})), sorted({7, 15, 23}) == [7, 15, 23])
