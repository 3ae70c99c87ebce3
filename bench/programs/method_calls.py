class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
    def get(self):
        return self.n
c = Counter()
for i in range(600000):
    c.inc(i).inc(1)
print(c.get())
