def f(a: int, b: 'str' = 'x') -> bool:
    pass
x: int = 5
y: list
