import types, typing
u = int | None
print(u, type(u), u.__args__, type(u).__module__, types.UnionType)
print(int | str | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | None), issubclass(list, int | str))
print(int | int, (int | str) | int, None | int, list[int] | None, int | list[str] | dict[str, int])
print(list[int] | list[int], typing.get_args(int | str), typing.get_origin(int | str))
print(typing.Union[int, str] == (int | str), typing.Optional[int] | str)
T = typing.TypeVar("T")
print((list[T] | None)[int], (list[T] | None).__parameters__, T | int)
class A: pass
print(A | None, types.NoneType | int)
try:
    isinstance(3, list[int] | None)
except TypeError as e:
    print(e)
try:
    issubclass(int, list[int])
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    types.UnionType()
except TypeError as e:
    print(e)
def f(x: int | None = None) -> str | bytes: ...
print(f.__annotations__, typing.get_type_hints(f))
type Alias = list[int]
print(Alias | None, int | Alias)
print({int | str: 1}[str | int])
