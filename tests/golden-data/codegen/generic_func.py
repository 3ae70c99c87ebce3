def f[T](x: T) -> T:
    return x
def g[T: int, *Ts, **P](a=1, *, b=2):
    pass
