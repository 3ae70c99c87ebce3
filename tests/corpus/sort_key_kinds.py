# list.sort / sorted over keys of one exact kind (ints and floats, strs, tuples) and mixed kinds:
# the order, stability, reverse, NaN placement, astral strings and comparison side effects.
nan = float('nan')
print(sorted([3, 1.5, -2, 10**20, 2**53 + 1, 2.0**53, -0.0, 0, True is True and 7]))
print(sorted([0.0, -0.0, 0, -0.0, 0.0], key=lambda x: x), [str(x) for x in sorted([0.0, -0.0, 0])])
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([5, 3, nan, 1, 4, 2], reverse=True))
print(sorted(['b', 'a', 'ä', 'Z', '', 'ab', '\U0001F600', '\uffff', 'a\U0001F600', 'a\uffff']))
print(sorted(['pear', 'Apple', 'fig', 'apple'], key=str.lower))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,), (1, 'a', 0), (2, 1.5)][:5]))
print(sorted([(1, 2.5), (1, 2), (0.5, 9), (1, 10**30)]))
print(sorted([(1, 'b'), (1, 'a')], reverse=True), sorted([('x', 1), ('x', 1.0), ('w', 2)]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w)))
print(sorted([True, False, 1, 0, 2, -1]), sorted([1, True, 1.0, False, 0]))
class I(int):
    pass
print(sorted([I(3), 1, I(2), 0]), sorted([[3, 1], [2], [2, 0], []]))
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v})'
print(sorted([K(3), K(1), K(2), K(5), K(4)]), calls)
calls.clear()
print(sorted([(1, K(2)), (1, K(1)), (0, K(9))]), calls)
for bad in ([1, 'a', 2], [(1, 'a'), (1, 2)], [1.5, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
xs = [9, 4, 7, 1]
xs.sort(reverse=True)
print(xs, sorted(range(10), key=lambda i: i % 3))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:5], sorted(big)[-3:], sorted(map(float, big))[995:1000], sorted(map(str, big))[:4])
