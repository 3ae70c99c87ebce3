match x:
    case (1 | 2) as n:
        pass
    case [a, b] | (b, a):
        pass
    case {"x": 1} | {"y": 2}:
        pass
