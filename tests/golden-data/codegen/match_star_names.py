match x:
    case [1, *rest, 2]:
        pass
    case [*first, last]:
        pass
