# type.__subclasses__() of builtin types and exceptions, sequence indexing with ints beyond 2**53
# (inside and outside Py_ssize_t), and the keyword-argument errors of builtin constructors.
for t in (BaseException, BaseExceptionGroup, ArithmeticError, ConnectionError, SyntaxError,
          UnicodeError, Warning, int, bool):
    print(t.__name__, [c.__name__ for c in t.__subclasses__()])
print([c.__name__ for c in Exception.__subclasses__()][:20])
class MyErr(ValueError):
    pass
class Sub(MyErr):
    pass
print(ValueError.__subclasses__()[-1:], MyErr.__subclasses__(), Sub.__subclasses__())
del Sub
import gc; gc.collect()
print(MyErr.__subclasses__(), issubclass(bool, int), type.__subclasses__(type)[:0])

for seq in ([1], (1,), "a", b"a", bytearray(b"a"), range(3)):
    for i in (2**53, 2**53 + 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**70):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, e)
lst = [0, 1, 2]
for i in (2**60, 2**64):
    try:
        lst[i] = 5
    except IndexError as e:
        print("store", i, e)
    try:
        del lst[i]
    except IndexError as e:
        print("del", i, e)
print(lst[-2**53:2**80], "abc"[2**70:], (1, 2)[-2**64:1])

for call in (lambda: str(x=1), lambda: str(b'a', encoding='ascii', x=1), lambda: tuple(x=1),
             lambda: tuple([1], [2]), lambda: list(x=1), lambda: int(y=1), lambda: float(x=1),
             lambda: bytes(x=1), lambda: set(x=1), lambda: frozenset(x=1), lambda: range(x=1),
             lambda: bool(x=1), lambda: complex(z=1), lambda: object(1), lambda: type(1, 2)):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)
print(str(object=5), complex(real=1, imag=2), tuple(), str(b'hi', encoding='ascii'))
for bad in (lambda: bytearray(b'ab')[5], lambda: bytearray(b'ab')['x'], lambda: b'ab'[5], lambda: b'ab'[None]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
