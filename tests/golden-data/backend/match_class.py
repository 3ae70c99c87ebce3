match pt:
    case Point(x=0, y=0):
        origin()
    case Point(x, y) if x == y:
        diag()
    case Point(x=a) as p:
        other(a, p)
