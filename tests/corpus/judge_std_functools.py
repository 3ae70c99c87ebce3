"""functools in a small library of helpers."""
from functools import reduce, partial, lru_cache, wraps, total_ordering, cached_property, singledispatch, cmp_to_key, cache, partialmethod
import operator

print(reduce(operator.add, range(1, 11)))
print(reduce(lambda acc, x: acc * x, [1, 2, 3, 4, 5], 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), square.func.__name__, square.keywords, square.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("101101"))
print(repr(partial(power, 2))[:30])

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def slow_square(x):
    print("  computing", x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1]:
    print(v, slow_square(v))
print(slow_square.cache_info())

@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")]
print(sorted(vs), max(vs))
print(Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"), Version("2.0") > Version("2.0"))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area)
print(c.area)
print("area" in vars(c))

@singledispatch
def describe(x):
    return f"something: {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)

@describe.register(str)
def _(x):
    return f"str {x.upper()}"

for v in [1, "hi", [1, "a"], 2.5, True]:
    print(describe(v))

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_alpha)))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)

cell = Cell()
cell.set_alive()
print(cell.alive)
