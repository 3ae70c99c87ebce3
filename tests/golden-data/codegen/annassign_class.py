class C:
    x: int
    y: int = 2
