match x:
    case 1:
        a()
    case "s" | b"b":
        b()
    case None:
        c()
    case True:
        d()
    case -1.5:
        e()
    case _:
        f()
