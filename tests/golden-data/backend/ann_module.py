x: int
y: 'str' = 'a'
(z): float = 1.0
a.b: int = 2
