# bytearray growth (append/extend/+=): contents, getsizeof, BufferError on exports and on ba += ba;
# bytes(bytearray) and bytearray(bytearray) are copies; bytes upper/lower/isdigit/startswith.
import sys
ba = bytearray()
sizes = []
for i in range(300):
    ba.append(i % 256)
    sizes.append(sys.getsizeof(ba))
    if i % 7 == 0:
        ba += b"xyz"
    if i % 11 == 0:
        ba.extend([1, 2])
print(sizes[::13], len(ba), bytes(ba[:20]), ba[-5:])
b2 = bytearray(b"abc")
snap = bytes(b2)
try:
    b2 += b2
except BufferError as e:
    print('iadd self:', e)
b2.extend(b2)
b2 += bytearray()
b2.append(100)
del b2[1:3]
b2 += b"QQ"
b2[0] = 65
print(b2, snap, sys.getsizeof(b2))
for bad in (b"a", 256, -1, 1.5, "x"):
    try:
        bytearray().append(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytearray().append()
except TypeError as e:
    print(e)
m = memoryview(b2)
try:
    b2.append(1)
except BufferError as e:
    print(e)
m.release()
b2.append(1); print(b2)
x = bytearray(b"12"); y = x.copy(); x += b"3"; print(x, y)
ba = bytearray(b"abc"); b = bytes(ba); ba[0] = 65; print(b, ba)
ba = bytearray(b"abc"); ba.append(100); b = bytes(ba); ba[0] = 65; ba.reverse(); print(b, ba)
ba = bytearray(b"abc"); ba2 = bytearray(ba); ba[1] = 66; print(ba2, ba)
ba = bytearray(); ba += b"xyz"; c = bytes(ba); ba += b"123"; ba[0] = 0; print(c, ba, ba.startswith((b"\x00y", b"q")), b"abc".upper(), bytearray(b"aBc1").lower(), b"12".isdigit(), b"".isalpha(), b" \t".isspace())
