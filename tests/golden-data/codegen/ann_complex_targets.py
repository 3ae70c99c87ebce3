x.y: int
x[0]: str
x[1:2]: int
(a): int = 1
