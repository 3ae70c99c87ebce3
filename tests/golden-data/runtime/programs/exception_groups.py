# PEP 654: ExceptionGroup objects and except*.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
print(ExceptionGroup.__mro__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup('x', ValueError()),
            lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
print(nested.split((TypeError,)))
print(nested.subgroup(lambda e: isinstance(e, ExceptionGroup)) is nested)
try:
    nested.split(42)
except TypeError as e:
    print(e)


def f(exc):
    try:
        raise exc
    except* ValueError as g:
        print('ValueError handler:', repr(g))
    except* TypeError as g:
        print('TypeError handler:', repr(g))


f(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))
f(ValueError('naked'))
try:
    f(ExceptionGroup('eg', [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print('left over:', repr(e), e.__traceback__ is not None)
try:
    f(KeyError('naked'))
except KeyError as e:
    print('naked left over:', repr(e))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised:', repr(e))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('new')
except ExceptionGroup as e:
    print('raised:', repr(e), [repr(x.__context__) for x in e.exceptions])

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)


m = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)))
e = ExceptionGroup('n', [ValueError(1), TypeError(2)])
e.add_note('a note')
s = e.subgroup(ValueError)
print(s.__notes__, s.__notes__ is e.__notes__)
import sys
print(sys.getsizeof(eg) > 0)
