if x:
    y
    z
