class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **rest}:
            return f"shape {t} {rest}"
        case [x, y, *more] if not more:
            return f"pair {x},{y}"
        case [first, *more]:
            return f"seq {first} +{len(more)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b):
            return f"point {a},{b}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "none"
        case _:
            return "other"
for v in [{"type": "circle", "r": 2}, {"type": "sq", "side": 1}, [1, 2], [1, 2, 3], Point(0, 0), Point(0, 5), Point(3, 4), -2, 7, 2.5, "hi", None, (1,), {1}]:
    print(describe(v))
