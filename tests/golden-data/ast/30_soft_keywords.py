match = 1
case = 2
type = 3
_ = 4
match.foo = 5
match[0] = 6
print(match, case, type, _)
match(x)
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = tuple[T, *Ts]
def type(): pass
