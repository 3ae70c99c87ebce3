x = 1
a = b = c = 2
x, y = y, x
[a, *b] = range(3)
(a, b), c = d
obj.attr = 5
obj[1:2] = v
obj[i, j] = 0
x: int = 5
y: "str"
(z): int = 1
obj.a: list[int] = []
d[k]: float
