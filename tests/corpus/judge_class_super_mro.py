class Base:
    def __init__(self, name):
        self.name = name
        print('Base.__init__', name)
    def describe(self):
        return f'Base({self.name})'
    def greet(self):
        return 'hello from Base'

class Left(Base):
    def __init__(self, name):
        print('Left.__init__')
        super().__init__(name)
    def describe(self):
        return 'Left>' + super().describe()

class Right(Base):
    def __init__(self, name):
        print('Right.__init__')
        super().__init__(name)
    def describe(self):
        return 'Right>' + super().describe()
    def greet(self):
        return 'hello from Right'

class Diamond(Left, Right):
    def __init__(self):
        super().__init__('diamond')
    def describe(self):
        return 'Diamond>' + super().describe()

d = Diamond()
print(d.describe())
print(d.greet())
print([c.__name__ for c in Diamond.__mro__])
print(super(Left, d).describe())
print(isinstance(d, Right), Diamond.__bases__)

class Meta(type):
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta).__name__)

class A:
    def __init_subclass__(cls, **kw):
        print('subclass', cls.__name__, kw)
        super().__init_subclass__()
class B(A, flag=True):
    pass

try:
    class X(Left, Base, Right): pass
except TypeError as e:
    print(e)

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
class Sq(Shape):
    sides = 4
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape): pass
for sh in [Sq(3), Blob()]:
    try:
        print(type(sh).__name__, sh.sides, sh.area())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(Sq.area(Sq(5)), Shape.sides, Sq.sides)
