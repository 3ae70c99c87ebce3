match v:
    case [x] | (x, _):
        f(x)
    case str() | bytes():
        g()
