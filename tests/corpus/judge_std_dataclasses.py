"""A tiny order system with dataclasses."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional

@dataclass
class Product:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)

@dataclass(order=True)
class Priority:
    level: int
    label: str = field(compare=False)

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    def __add__(self, other):
        assert self.currency == other.currency
        return Money(self.amount + other.amount, self.currency)

@dataclass
class Order:
    id: int
    items: List[Product] = field(default_factory=list)
    note: Optional[str] = None
    discount: InitVar[float] = 0.0
    total: float = field(init=False, repr=False)
    def __post_init__(self, discount):
        self.total = round(sum(p.price for p in self.items) * (1 - discount), 2)

p1 = Product("pen", 1.5, ["office"])
p2 = Product("book", 12.0)
print(p1)
print(p2, p1 == Product("pen", 1.5, ["office"]), p1 == p2)
o = Order(1, [p1, p2], discount=0.1)
print(o, o.total)
print(asdict(o))
print(astuple(p1))
print([f.name for f in fields(Order)])
p3 = replace(p1, price=2.0)
print(p3, p1.price)
ps = sorted([Priority(3, "low"), Priority(1, "high"), Priority(2, "mid")])
print(ps, Priority(1, "a") == Priority(1, "b"))
m = Money(5) + Money(7)
print(m, hash(m) == hash(Money(12)))
try:
    m.amount = 3
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    Product("x")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def add(self, v):
        n = Node(v)
        self.children.append(n)
        return n
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

root = Node(1)
a = root.add(2)
a.add(3).add(4)
root.add(5)
print(root.depth(), root)

@dataclass(slots=True)
class Vec:
    x: float
    y: float
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vec(3, 4)
print(v, v.norm(), hasattr(v, "__dict__"), Vec.__slots__)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
print(Config(port=9000), Config.__match_args__ if hasattr(Config, "__match_args__") else None)
print(Product.__match_args__, repr(Product.__init__.__name__))
