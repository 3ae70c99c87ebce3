match p:
    case []:
        pass
    case [a]:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case ():
        pass
    case a, b:
        pass
    case [*_]:
        pass
    case (x,):
        pass
    case a, *b, c:
        pass
