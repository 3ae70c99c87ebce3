match x:
    case []:
        pass
    case [1, *rest]:
        pass
    case [a, *_, b]:
        pass
    case (_, _):
        pass
    case [*_]:
        pass
