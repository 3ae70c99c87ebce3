class Widget:
    def __init__(self, size):
        self.size = validate(size)
def validate(n):
    if n < 0:
        raise ValueError(f"negative size: {n}")
    return n
widgets = [Widget(s) for s in [1, 2, -3]]
