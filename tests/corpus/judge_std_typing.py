"""Type annotations everywhere (runtime only uses a few typing objects)."""
from __future__ import annotations
from typing import Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple, Optional, Protocol, Tuple, TypeVar, TypedDict, Union, cast, overload, get_type_hints, TYPE_CHECKING

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 1000.0

class Movie(TypedDict):
    title: str
    year: int

class Greeter(Protocol):
    def greet(self, who: str) -> str: ...

class English:
    def greet(self, who: str) -> str:
        return f"Hello, {who}"

def group_by(items: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out

def first(xs: List[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default

def parse(v: Union[int, str]) -> int:
    return v if isinstance(v, int) else int(v)

def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1

def run(g: Greeter, names: Tuple[str, ...]) -> list[str]:
    return [g.greet(n) for n in names]

s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(len(s), s.pop(), len(s))
staff = [Employee("ann", "dev", 3000), Employee("bob", "ops"), Employee("cy", "dev", 2500)]
print(staff[1], staff[0]._fields)
groups = group_by(staff, lambda e: e.dept)
print({k: [e.name for e in v] for k, v in groups.items()})
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m))
print(first([]), first([4, 5]), first([], default=9))
print(parse("42") + parse(8), list(countdown(3)))
print(run(English(), ("Ada", "Linus")))
print(cast(int, "not really"), TYPE_CHECKING)
print(parse.__annotations__)
print(get_type_hints(first))
print(Stack[int], Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str])
print(T, Employee.__annotations__, Movie.__required_keys__ == frozenset({"title", "year"}))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(4), double("ab"))
x: Any = 3
y: int | None = None
print(x, y, __annotations__ if "__annotations__" in dir() else "none")
