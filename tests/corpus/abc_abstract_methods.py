# __abstractmethods__ as _abc_init computes it: direct abstract names, inherited ones still
# abstract, the instantiation error, and collection ABCs (Sized via __subclasshook__, Mapping).
import abc
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass

    @abc.abstractmethod
    def perimeter(self):
        pass

    @property
    @abc.abstractmethod
    def name(self):
        pass

    def describe(self):
        return 'shape'


print(type(Shape.__abstractmethods__).__name__, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):
    def area(self):
        return 4


print(sorted(Square.__abstractmethods__))
try:
    Square()
except TypeError as e:
    print(e)


class Full(Square):
    name = 'full'

    def perimeter(self):
        return 8


print(sorted(Full.__abstractmethods__), Full().area(), Full().name)


class Reabstract(Full):
    @abc.abstractmethod
    def area(self):
        pass


print(sorted(Reabstract.__abstractmethods__))
try:
    Reabstract()
except TypeError as e:
    print(e)


class Sz:
    def __len__(self):
        return 0


class It:
    def __iter__(self):
        return iter(())


print(isinstance(Sz(), cabc.Sized), isinstance(It(), cabc.Iterable), isinstance(It(), cabc.Sized))
print(isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance([], cabc.Mapping))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(str, cabc.Sequence))
print(issubclass(type({}.keys()), cabc.Set), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__))


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


print(list(MySeq()), MySeq().index(20), 10 in MySeq())


def kind(x):
    match x:
        case {'k': v}:
            return f'mapping {v}'
        case [a, *rest]:
            return f'sequence {a} {len(rest)}'
        case _:
            return 'other'


class Registered:
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        if k == 'k':
            return 1
        raise KeyError(k)

    def __iter__(self):
        return iter(['k'])

    def __len__(self):
        return 1


print(kind(MySeq()), kind(MyMap()), kind(Registered()))
cabc.Sequence.register(Registered)
print(kind(Registered()))
