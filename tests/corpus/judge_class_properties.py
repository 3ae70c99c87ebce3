class Temperature:
    scale = 'C'
    _instances = 0

    def __init__(self, celsius):
        self.celsius = celsius
        Temperature._instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f'{value} is below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls._instances

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.convert(100), t.convert(0))
t2 = Temperature.from_f(212)
print(t2.celsius, Temperature.count(), t2.count())
try:
    t.fahrenheit = 10
except AttributeError as e:
    print(e)
try:
    Temperature(-300)
except ValueError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
print(type(Temperature.celsius), Temperature.celsius.fget.__name__)
print(type(Temperature.__dict__['convert']).__name__, type(Temperature.__dict__['from_f']).__name__)
t.scale = 'F'
print(t.scale, Temperature.scale, vars(t))
del t.scale
print(t.scale)
class Sub(Temperature):
    scale = 'K'
s = Sub.from_f(32)
print(type(s).__name__, s.celsius, s.scale, Sub.count(), isinstance(s, Temperature), issubclass(Sub, Temperature))
print(Sub.__mro__, Sub.__bases__, Sub.__name__, Sub.__qualname__, Sub.__module__)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * 2
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
lz = Lazy()
lz.real = 1
print(lz.xy, lz.real, getattr(lz, 'nope', 'default'), hasattr(lz, 'xz'), hasattr(lz, 'q'))
try:
    lz.missing
except AttributeError as e:
    print(e)
