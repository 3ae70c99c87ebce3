class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        items = []
        while i < self.n:
            items.append(i * 2)
            i += 1
        return iter(items)
    def __contains__(self, v):
        return v % 2 == 0 and 0 <= v < self.n * 2
r = Range2(4)
print(list(r), 6 in r, 7 in r, sum(r))
for x in r:
    print(x, end=" ")
print()
a, b, c, d = r
print(a, d)
