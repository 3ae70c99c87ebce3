class C:
    type A[T] = list[T]
