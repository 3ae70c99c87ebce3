# Reprs of builtin objects a tour of the runtime prints: extension vs built-in modules, iterator
# types (bytes/bytearray included), staticmethod/classmethod wrappers, sys facts.
import sys, math, cmath, itertools, functools, unicodedata
print(math, cmath, unicodedata, sys, itertools, type(math))
print(print, len, repr(math.sqrt), str.upper, [].append, dict.fromkeys, int.__add__, object.__init__)
print(type(iter(b'')).__name__, type(iter(bytearray())).__name__, list(iter(b'ab')), list(bytearray(b'xy')))
ba = bytearray(b'abc')
it = iter(ba)
print(next(it))
ba.extend(b'de')
print(list(it))
print(range(3), slice(1, None), Ellipsis, NotImplemented, type(None), type(...))
print(staticmethod(len), classmethod(len))
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
print(A.__dict__['c'], A.__dict__['s'], A.c, A.s, A.__init__)
print(sys.copyright.splitlines()[0], sys.orig_argv[1:])
print(sys.float_repr_style, sys.maxunicode, sys.api_version, sys.thread_info.name)
