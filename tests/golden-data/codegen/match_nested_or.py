match x:
    case [(1 | 2), (3 | 4) as y]:
        pass
    case Point(x=(1 | 2) as z):
        pass
