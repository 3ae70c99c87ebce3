match x:
    case [a] if a > 0:
        pass
    case _ if f():
        pass
