if x is None:
    a()
if x is not None:
    b()
if None is x:
    c()
