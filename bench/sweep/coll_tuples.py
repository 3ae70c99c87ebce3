# tuple packing/unpacking, tuple keys, tuple comparisons
pts = [((i * 37) % 101, (i * 53) % 97) for i in range(20000)]
grid = {}
for x, y in pts:
    grid[(x, y)] = grid.get((x, y), 0) + 1
best = (0, 0)
for p in pts:
    if p > best:
        best = p
a, b = 0, 1
for _ in range(20000):
    a, b = b, (a + b) % 1000003
cnt = 0
for (x, y), c in grid.items():
    if (x, y) < (50, 50):
        cnt += c
print(len(grid), best, a, b, cnt)
