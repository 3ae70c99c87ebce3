# namedtuple attribute access and _replace
from collections import namedtuple
Point = namedtuple("Point", "x y")
Item = namedtuple("Item", ["name", "price", "qty"])
pts = [Point(i % 100, i // 100) for i in range(10000)]
sx = sum(p.x for p in pts)
sy = 0
for p in pts:
    sy += p.y * 2 + p.x
items = [Item("i%d" % i, i * 1.5, i % 4) for i in range(3000)]
for _ in range(3):
    items = [it._replace(qty=it.qty + 1) for it in items]
value = sum(it.price * it.qty for it in items)
print(sx, sy, round(value, 2), items[7], pts[-1])
