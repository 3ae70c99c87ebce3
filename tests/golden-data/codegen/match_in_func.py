def f(x):
    match x:
        case {"a": a, "b": [b, *c]}:
            return a, b, c
        case _:
            return None
