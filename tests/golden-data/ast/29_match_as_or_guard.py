match v:
    case [x] if x > 0:
        pass
    case (1 | 2 | 3) as n:
        pass
    case Point(x=a) as p if p:
        pass
    case Color.RED:
        pass
    case str() | bytes():
        pass
    case x:
        pass
match (a, b):
    case _:
        pass
match a, b:
    case _:
        pass
match *a, b:
    case _:
        pass
