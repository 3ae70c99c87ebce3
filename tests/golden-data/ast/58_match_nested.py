match x:
    case [1, [2, *rest], {"k": (a, b)}]:
        pass
    case Point(x=[1, 2], y={"a": _}):
        pass
    case (1 | 2) | 3:
        pass
    case [a, b] | (a, b):
        pass
    case {1: _, **kw} if kw:
        pass
