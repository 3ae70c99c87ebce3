class Deck:
    def __init__(self, cards):
        self._cards = list(cards)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Deck(self._cards[idx])
        return self._cards[idx]
    def __setitem__(self, idx, value):
        self._cards[idx] = value
    def __delitem__(self, idx):
        del self._cards[idx]
    def __contains__(self, item):
        print('contains?', item)
        return item in self._cards
    def __repr__(self):
        return f'Deck({self._cards})'
    def __reversed__(self):
        return iter(self._cards[::-1])

d = Deck('A23456789')
print(len(d), d[0], d[-1], d[2:5], d[::3])
d[0] = 'K'
del d[1]
print(d, 'K' in d, 'Z' in d, list(reversed(d)))
for card in d:
    if card == '5':
        break
    print(card, end=' ')
print()
print(sorted(d, reverse=True)[:3], 'x'.join(d[:3]))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), [x * 2 for x in Countdown(4)], sum(Countdown(10)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))

class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Legacy()), 20 in Legacy(), 25 in Legacy())

class NoLen:
    pass
for fn in (len, iter, reversed):
    try:
        fn(NoLen())
    except TypeError as e:
        print(e)

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BoolLen:
    def __len__(self):
        return 0
print(bool(BoolLen()), not BoolLen())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
