match x:
    case [a, b]:
        pass
    case {"k": v, **rest}:
        pass
    case y:
        pass
