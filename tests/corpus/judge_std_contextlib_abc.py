"""Resource handling with contextlib and interfaces with abc."""
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, AbstractContextManager
from abc import ABC, abstractmethod, ABCMeta
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html") as t:
    print("  value:", t)
    with tag("body"):
        print("  content")

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")

log = []
with transaction(log):
    pass
with transaction(log):
    raise ValueError("bad data")
print(log)

with suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("suppressed")
with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("db")) as r:
    print("using", r.name)

with ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("inside stack")

with nullcontext(42) as v:
    print("nullcontext:", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another")
print("buffer:", repr(buf.getvalue()))

class Timer(AbstractContextManager):
    def __exit__(self, *exc):
        print("timer exit", exc[0].__name__ if exc[0] else None)
        return False
with Timer() as tm:
    print("timer is self:", isinstance(tm, Timer))

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def perimeter(self):
        return 2 * 3.14159 * self.r

for s in (Rect(3, 4), Circle(1)):
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), isinstance(Rect(1, 1), Shape), issubclass(Circle, Shape))

class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run")
        return NotImplemented
class Thing:
    def run(self):
        pass
print(issubclass(Thing, Plugin), isinstance(Thing(), Plugin), issubclass(int, Plugin))
class Registered:
    pass
Plugin.register(Registered)
print(issubclass(Registered, Plugin))

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...
class Impl(Base):
    name = "impl"
    @staticmethod
    def make():
        return Impl()
print(Impl.make().name)
