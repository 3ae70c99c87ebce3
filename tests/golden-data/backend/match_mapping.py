match m:
    case {'k': v, **rest}:
        f(v, rest)
    case {}:
        g()
