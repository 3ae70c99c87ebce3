match x:
    case [a, *_] if a:
        type T = int
    case _:
        pass
