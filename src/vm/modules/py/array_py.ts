/**
 * `array` in Python source: typed arrays of the C types (b B u h H i I l L q Q f d) over a list of
 * Python values, with CPython's range checks and messages, machine-format bytes through `struct`
 * (native little-endian sizes: l/L/q/Q 8 bytes, u 4), and the sequence protocol (slices, +, *,
 * comparisons, in-place ops). Not supported: the buffer protocol (memoryview(array) and
 * array.frombytes of another array's buffer work only through bytes).
 */
export const ARRAY_SRC = String.raw`
"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_INFO = {
    'b': (1, -128, 127, 'signed char'), 'B': (1, 0, 255, 'unsigned byte integer'),
    'h': (2, -32768, 32767, 'signed short integer'), 'H': (2, 0, 65535, 'unsigned short'),
    'i': (4, -2147483648, 2147483647, 'signed integer'), 'I': (4, 0, 4294967295, 'unsigned int'),
    'l': (8, -9223372036854775808, 9223372036854775807, 'signed long integer'),
    'L': (8, 0, 18446744073709551615, 'unsigned long'),
    'q': (8, -9223372036854775808, 9223372036854775807, 'signed long long integer'),
    'Q': (8, 0, 18446744073709551615, 'unsigned long long'),
    'f': (4, None, None, 'float'), 'd': (8, None, None, 'float'), 'u': (4, None, None, 'unicode'),
}


def _check(tc, v):
    if tc in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        if tc == 'f':
            return _struct.unpack('f', _struct.pack('f', float(v)))[0]
        return float(v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    size, lo, hi, name = _INFO[tc]
    if v < lo:
        if tc in 'IL':
            raise OverflowError("can't convert negative value to unsigned int")
        if tc == 'Q':
            raise OverflowError("can't convert negative int to unsigned")
        if tc == 'l':
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'q':
            raise OverflowError('int too big to convert')
        raise OverflowError(f'{name} is less than minimum')
    if v > hi:
        if tc == 'l':
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'L':
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc in 'qQ':
            raise OverflowError('int too big to convert')
        raise OverflowError(f'{name} is greater than maximum')
    return int(v)


def _fmt(tc, n):
    return '<%d%s' % (n, 'I' if tc == 'u' else tc)


class array(object):
    """array(typecode [, initializer]) -> array"""

    __module__ = 'array'
    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self._items = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                if typecode == 'u' and initializer._tc != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with a different typecode")
                self._items = [_check(typecode, v) for v in initializer._items]
            else:
                self._items = [_check(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _INFO[self._tc][0]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _same(self, other, op):
        if not isinstance(other, array):
            raise TypeError(f'can only {op} array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other, 'append')
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other, 'extend')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items, other._items

    def __eq__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp(other)
        return p if p is NotImplemented else p[0] >= p[1]

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __copy__(self):
        r = array(self._tc)
        r._items = list(self._items)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, proto):
        return (array, (self._tc, list(self._items)), None)

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            self._same(iterable, 'extend')
            self._items.extend(iterable._items)
        else:
            self._items.extend([_check(self._tc, v) for v in iterable])

    def insert(self, i, v, /):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=9223372036854775807, /):
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._items.extend([_check(self._tc, v) for v in lst])

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack(_fmt('u', len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(_fmt(self._tc, len(self._items)), *self._items)

    def frombytes(self, buffer, /):
        b = bytes(buffer)
        size = self.itemsize
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack(_fmt(self._tc, len(b) // size), b)
        if self._tc == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __sizeof__(self):
        return 64 + self.itemsize * len(self._items)


ArrayType = array
`;
