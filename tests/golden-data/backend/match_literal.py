match x:
    case 1:
        a()
    case 'two' | 'three':
        b()
    case None:
        c()
    case _:
        d()
