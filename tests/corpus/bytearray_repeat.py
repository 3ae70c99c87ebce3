# bytearray * n gives a bytearray (in place for *=), bytes * n a bytes; non-int counts raise the sequence TypeError
b = bytearray(b'ab')
c = b
b *= 2
print(b, c is b, type(b * 2).__name__, type(2 * b).__name__, b * 0, b * -1)
b += b'xy'
print(b, c is b)
d = bytearray([1]) * 5
d[0] = 7
print(d, bytes(d) * 2, type(bytes(2) * 2).__name__)
try:
    b * 'x'
except TypeError as e:
    print(e)
try:
    b'ab' * 2.0
except TypeError as e:
    print(e)
import sys
e = bytearray(b'abc') * 3
print(sys.getsizeof(e), sys.getsizeof(bytearray(b'abc')), sys.getrefcount(e))
