"""Inventory and text statistics with the collections module."""
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs away from the dog"""

words = text.split()
counts = Counter(words)
print("total words:", sum(counts.values()))
print("most common:", counts.most_common(3))
print("fox:", counts["fox"], "cat:", counts["cat"])
letters = Counter(c for c in text if c.isalpha())
print("top letters:", letters.most_common(5))
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print("add:", a + b)
print("sub:", a - b)
print("and:", a & b)
print("or:", a | b)
a.update("aab")
print("updated:", a)
a.subtract({"a": 10})
print("subtracted:", a, "elements:", sorted(b.elements()))
print("total:", b.total())
print(repr(Counter()), Counter("mississippi"))

by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
dd = defaultdict(int)
dd["x"] += 5
print(dd, dd.default_factory)

dq = deque(range(5), maxlen=7)
dq.append(5)
dq.appendleft(-1)
dq.append(6)
print(dq, len(dq), dq.maxlen)
dq.rotate(2)
print("rotated:", dq)
dq.rotate(-3)
print("rotated back:", dq)
print(dq.popleft(), dq.pop(), dq)
dq.extend([10, 11])
dq.extendleft([20, 21])
print(dq, dq.count(5), dq.index(5))
try:
    dq.index(99)
except ValueError as e:
    print("ValueError:", e)
dq.remove(5)
dq.reverse()
print(list(dq), dq[0], dq[-1])
window = deque(maxlen=3)
for i, x in enumerate([5, 1, 4, 2, 8, 7]):
    window.append(x)
    print(i, list(window), sum(window) / len(window))

Point = namedtuple("Point", ["x", "y"])
Item = namedtuple("Item", "name price qty", defaults=[1])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10))
print(Point._fields, Item._field_defaults)
items = [Item("apple", 0.5, 10), Item("pear", 0.75), Item("melon", 3.0, 2)]
for it in sorted(items, key=lambda i: i.price * i.qty, reverse=True):
    print(f"{it.name:>6} {it.price:5.2f} x{it.qty:<3} = {it.price * it.qty:6.2f}")
x, y = p
print(x + y, Point._make([7, 8]), isinstance(p, tuple))

od = OrderedDict()
for k in "banana":
    od[k] = od.get(k, 0) + 1
print(od)
od.move_to_end("b")
print(list(od.keys()))
od.move_to_end("n", last=False)
print(od, od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm2 = cm.new_child({"color": "blue"})
print(cm2["color"], cm2.parents["color"], cm2.maps)
