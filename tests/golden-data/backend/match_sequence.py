match p:
    case [a, b]:
        f(a, b)
    case [a, *rest]:
        g(rest)
    case ():
        h()
