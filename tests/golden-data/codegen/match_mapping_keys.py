match x:
    case {1: a, "b": b, C.d: d}:
        pass
    case {None: _, True: t}:
        pass
