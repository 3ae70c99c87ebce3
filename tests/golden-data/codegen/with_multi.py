with a() as x, b() as (y, z), c():
    pass
