type A = int
type B[T] = list[T]
