class Vector:
    __slots__ = ('x', 'y')
    dims = 2

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'

    def __str__(self):
        return f'<{self.x}, {self.y}>'

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __lt__(self, other):
        return abs(self) < abs(other)

v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, -v, abs(v))
print(v == Vector(3, 4), v != w, v == (3, 4), bool(Vector()), bool(v))
print(list(v), v[0], v[-1], tuple(w), sorted([v, w, Vector(0, 1)]))
print({v: 'a', Vector(3, 4): 'b'}, len({v, Vector(3, 4), w}))
x, y = v
print(x, y, max(v, w), min([v, w]))
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    print(v.__dict__)
except AttributeError as e:
    print(e)
try:
    v * 'a'
except TypeError as e:
    print(e)
try:
    v < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    v + 1
except AttributeError as e:
    print(e)
print(Vector.dims, v.dims, Vector.__slots__, type(Vector.x).__name__)
