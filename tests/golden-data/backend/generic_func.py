def f[T](x: T) -> T:
    return x
class C[T]:
    pass
