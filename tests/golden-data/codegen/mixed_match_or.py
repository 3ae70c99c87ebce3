def m(x):
    match x:
        case [a, b, c] | [c, b, a] | (b, a, c):
            return a, b, c
        case {"k": [p, q]} | {"j": (q, p)}:
            return p, q
        case Point(x=a, y=b) | Point(y=a, x=b) if a > b:
            return a
        case [1, [2, *r] | (3, *r)] as whole:
            return r, whole
        case str() | bytes() as s:
            return s
        case {1: _, 2: _, **rest}:
            return rest
        case [*_, 1, _]:
            pass
        case None | True | False:
            pass
        case -1 | 1.5 | 2j | -3+4j | "s" | b"b":
            pass
        case A.B.C | D.E:
            pass
