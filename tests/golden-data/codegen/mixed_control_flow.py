def f(x):
    try:
        pass
    except* ValueError:
        pass
    try:
        return 1
    finally:
        try:
            pass
        except E:
            return 2
    with a, b as (c, d):
        for i in x:
            if i:
                continue
            try:
                break
            except:
                pass
    while x:
        with y:
            return x
    async_ = 1
    match x:
        case {"a": 1, **rest} if rest:
            return rest
        case [1, 2, *others] | (3, *others):
            return others
        case Foo(a=1, b=[x, y]) | Bar(x, y):
            return x
        case _:
            pass
