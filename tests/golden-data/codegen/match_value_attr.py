match x:
    case Color.RED:
        pass
    case mod.A.B:
        pass
