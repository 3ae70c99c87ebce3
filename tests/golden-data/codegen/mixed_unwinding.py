def f():
    for x in y:
        try:
            continue
        finally:
            return x
    try:
        pass
    finally:
        for z in w:
            break
    with a:
        with b:
            try:
                return 1
            except E as e:
                return e
            finally:
                del f
    try:
        raise
    except (A, B):
        raise C from None
    else:
        x = 1
    return [
        i
        for i in range(10)
        if i
    ]
def g():
    if a:
        return
    elif b:
        pass
    else:
        return None
    while True:
        pass
def h():
    while 1:
        if x: break
    else:
        return 3
    x = [1, 2, 3, 4]
    y = {1, 2, 3}
    z = (1, 2, 3)[a]
    for q in (1, 2, 3): pass
    for q in {1, 2, 3}: pass
    if a in (1, 2): pass
