class Stats:
    def __init__(self, values):
        self.values = values

    @property
    def average(self):
        return sum(self.values) / len(self.values)

    def __repr__(self):
        return f'Stats(avg={self.average:.2f})'

print(Stats([1, 2, 4]))
print(Stats([]))
