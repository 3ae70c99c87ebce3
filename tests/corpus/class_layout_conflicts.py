# Which multiple-inheritance class statements CPython accepts: the bases' instance layouts
# (builtin structs, __slots__ members) must form a chain; plus __basicsize__/__itemsize__ and the
# sizes of exception instances whose C structs carry extra fields.
import sys

class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class Empty:
    __slots__ = ()
class Plain:
    pass

cases = [
    ("int, str", (int, str)), ("list, dict", (list, dict)), ("int, Exception", (int, Exception)),
    ("KeyError, OSError", (KeyError, OSError)), ("ValueError, TypeError", (ValueError, TypeError)),
    ("object, int", (object, int)), ("dict, Plain", (dict, Plain)), ("A, B", (A, B)), ("Empty, B", (Empty, B)),
    ("A, Plain", (A, Plain)), ("float, int", (float, int)), ("tuple, list", (tuple, list)),
    ("str, bytes", (str, bytes)), ("Exception, dict", (Exception, dict)), ("set, frozenset", (set, frozenset)),
    ("ConnectionError, OSError", (ConnectionError, OSError)), ("StopIteration, KeyError", (StopIteration, KeyError)),
    ("SyntaxError, ValueError", (SyntaxError, ValueError)), ("UnicodeDecodeError, KeyError", (UnicodeDecodeError, KeyError)),
    ("ImportError, AttributeError", (ImportError, AttributeError)), ("NameError, AttributeError", (NameError, AttributeError)),
    ("SystemExit, KeyboardInterrupt", (SystemExit, KeyboardInterrupt)), ("LookupError, ArithmeticError", (LookupError, ArithmeticError)),
]
for name, bases in cases:
    try:
        t = type("X", bases, {})
        print(f"{name:32} ok", [c.__name__ for c in t.__mro__[1:]])
    except TypeError as e:
        print(f"{name:32} TypeError: {e}")

for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, type, property, super, memoryview, A, B, Empty, Plain, BaseException, OSError,
          SyntaxError, ImportError, StopIteration):
    print(t.__name__, t.__basicsize__, t.__itemsize__)
class WithSlots(OSError):
    __slots__ = ('extra',)
print(WithSlots.__basicsize__)
for e in (Exception(), OSError(2, 'x'), NameError('n'), AttributeError('a'), ImportError('i'), SyntaxError('s'),
          StopIteration(1), SystemExit(0), UnicodeDecodeError('utf-8', b'x', 0, 1, 'r'), KeyError('k'),
          ExceptionGroup('g', [ValueError()]), BaseExceptionGroup('b', [KeyboardInterrupt()])):
    print(type(e).__name__, sys.getsizeof(e))
