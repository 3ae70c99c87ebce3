# classes with __lt__/__eq__/__hash__/properties/__slots__ used in sorting and sets
class Card:
    __slots__ = ("rank", "suit")
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit
    def __hash__(self):
        return hash((self.rank, self.suit))
    @property
    def value(self):
        return min(self.rank, 10)
cards = [Card((i * 7) % 13 + 1, "SHDC"[i % 4]) for i in range(6000)]
s = sorted(cards)
uniq = set(cards)
tot = sum(c.value for c in cards)
best = max(cards)
print(s[0].rank, s[-1].rank, len(uniq), tot, best.rank, best.suit, cards.count(Card(5, "H")))
