match p:
    case Point(x=0, y=0):
        pass
    case Point(1, y):
        pass
    case str():
        pass
    case Point(_, _):
        pass
