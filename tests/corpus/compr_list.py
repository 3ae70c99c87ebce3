print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[i * j for j in range(3)] for i in range(3)])
print([x if x % 2 else -x for x in range(5)])
x = "outer"
print([x for x in "ab"], x)
