match x:
    case {}:
        pass
    case {**r}:
        pass
