# abc's C accelerator (_abc): registration, positive/negative caches, the invalidation token,
# weak references in the registry, and __subclasshook__.
import abc
import _abc
import gc
import sys


def dump(cls):
    reg, cache, neg, version = _abc._get_dump(cls)
    names = lambda s: sorted(r().__name__ for r in s if r() is not None)
    return names(reg), names(cache), names(neg), version == abc.get_cache_token()


class Base(metaclass=abc.ABCMeta):
    pass


class Child(Base):
    pass


class Plain:
    pass


class Other:
    pass


print(type(Base._abc_impl), sys.getsizeof(Base._abc_impl), gc.is_tracked(Base._abc_impl))
print(dump(Base))
print(isinstance(Child(), Base), issubclass(Plain, Base))
print(dump(Base))

token = abc.get_cache_token()
rc = sys.getrefcount(Plain)
print(Base.register(Plain) is Plain, sys.getrefcount(Plain) == rc, abc.get_cache_token() - token)
print(issubclass(Plain, Base), isinstance(Plain(), Base), issubclass(Other, Base))
print(dump(Base))


class SubPlain(Plain):
    pass


print(issubclass(SubPlain, Base), dump(Base))
print(Base.register(Child) is Child, abc.get_cache_token() - token)
print(len(gc.get_referents(Base._abc_impl)))

try:
    Base.register(3)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(3, Base)
except TypeError as e:
    print('TypeError:', e)


class Inner(metaclass=abc.ABCMeta):
    pass


Base.register(Inner)
try:
    Inner.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)
print(Inner.register(Inner) is Inner)

# Registered classes are held weakly: when one dies its registry entry goes away.
class Temp:
    pass


Base.register(Temp)
print(len(_abc._get_dump(Base)[0]))
del Temp
gc.collect()
print(len(_abc._get_dump(Base)[0]))

Base._abc_registry_clear()
Base._abc_caches_clear()
print(dump(Base))
print(issubclass(Plain, Base), issubclass(Child, Base))


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        if hasattr(C, 'bark'):
            return False
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Dog(Hooked):
    def bark(self):
        pass


print(isinstance(Duck(), Hooked), issubclass(Dog, Hooked), issubclass(int, Hooked))
print(dump(Hooked))


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError:', e)
