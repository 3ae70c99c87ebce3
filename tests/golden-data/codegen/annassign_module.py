x: int
y: str = "a"
z.w: int = 3
v[0]: int
(u): float = 2.0
