match cmd:
    case {}:
        pass
    case {"a": 1, "b": x}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case Point():
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case a.b.C(x):
        pass
    case {a.b: 1, 1: 2, "s": 3, None: 4, -1: 5}:
        pass
