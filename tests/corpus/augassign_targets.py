class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
print(b.v)
d = {"k": 5}
d["k"] *= 3
print(d)
xs = [1, 2, 3]
xs[1] -= 20
xs[-1] **= 2
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] += 4
print(grid)
counter = {}
for w in "a b a c a".split():
    counter[w] = counter.get(w, 0) + 1
print(counter)
