class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c, a != c, a is b)
print(a == (1, 2), a in [c, b], [a].index(b))
print(P.__hash__)
try:
    {a}
except TypeError as e:
    print(e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
