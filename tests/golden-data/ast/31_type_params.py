def f[T](x: T) -> T:
    return x

def g[T: (int, str), *Ts, **P]():
    pass

class C[T]:
    pass

class D[T: Bound](Base):
    pass

async def h[T,]():
    pass
