# Class-heavy workload: instances, inheritance, properties, super(), __eq__/__hash__, dunder dispatch.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name}:{self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))

total = 0
per = 0
seen = set()
for i in range(60000):
    s = Square(i % 7) if i % 3 == 0 else Rect(i % 5, i % 11)
    total += s.area()
    per += s.perimeter
    if i % 1000 == 0:
        seen.add(s.describe())
v = Vec(0, 0)
step = Vec(1, 2)
for i in range(60000):
    v = v + step
pts = {Vec(i % 100, i % 37) for i in range(30000)}
print(total, per, len(seen), v.x, v.y, len(pts))
