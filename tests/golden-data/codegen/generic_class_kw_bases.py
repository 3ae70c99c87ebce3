class C[T, *Ts, **P](A, metaclass=M):
    pass
