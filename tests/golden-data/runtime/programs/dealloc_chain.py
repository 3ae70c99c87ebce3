class Link:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(100000):
    head = Link(head)
print("built")
head = None
print("freed")
nested = []
for i in range(50000):
    nested = [nested]
del nested
print("nested freed")
d = {}
cur = d
for i in range(10000):
    cur["k"] = {}
    cur = cur["k"]
del d, cur
print("dicts freed")
