# hash() of tuples whose items are exact ints (small, negative, -1, beyond 2**53), strs of every
# storage width, floats, bytes, nested tuples and frozensets; tuple keys in dicts and sets.
samples = [
    (), (0,), (-1,), (-2,), (1, 2), (2**52, -2**52), (2**60, -2**70, 10**30),
    ('',), ('a', 'b'), ('héllo', 'ü' * 5), ('日本語', '\U0001f600'), ('x' * 100,),
    (1.5, -0.0, float('inf')), (b'', b'abc'), ((1, 'a'), ((2,), 'b')), (frozenset({1, 2}), 'k'),
    (True, False, 0, 1),
]
for t in samples:
    print(hash(t), t.__hash__() == hash(t), hash(t) == hash(tuple(list(t))))

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

print([hash(Point(i, -i)) for i in range(5)])
print(len({Point(i % 10, 'k' + str(i % 3)) for i in range(100)}))
grid = {(x, str(y)): x * y for x in range(20) for y in range(20)}
print(sum(grid[(x, str(y))] for x in range(20) for y in range(20)))
print(list({(i, 'v' + str(i)) for i in range(30)})[:10])
