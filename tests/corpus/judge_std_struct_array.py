"""Binary records with struct and typed arrays with array."""
import struct
import array

rec = struct.pack("<I2sHd", 1024, b"OK", 7, 3.5)
print(rec, len(rec), struct.calcsize("<I2sHd"), struct.calcsize("I2sHd"), struct.calcsize("@ihq"))
print(struct.unpack("<I2sHd", rec))
print(struct.pack(">hhl", 1, 2, 3), struct.pack("<hhl", 1, 2, 3), struct.pack("!f", 1.5), struct.pack("?", True))
print(struct.unpack(">f", b"\x40\x49\x0f\xdb"), struct.unpack("<q", b"\xff" * 8), struct.unpack(">Q", b"\x00" * 7 + b"\x01"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("5p", b"ab"), struct.pack("c", b"z"))
print(struct.pack("<e", 0.1), struct.unpack("<e", struct.pack("<e", 0.1)), struct.pack(">d", -0.0))
Header = struct.Struct(">4sHHI")
h = Header.pack(b"BMP0", 2, 3, 4096)
print(Header.size, Header.format, h, Header.unpack(h), Header.unpack_from(b"xx" + h, 2))
buf = bytearray(16)
struct.pack_into("<hh", buf, 4, -1, 300)
print(buf, struct.unpack_from("<hh", buf, 4))
points = b"".join(struct.pack("<ff", x * 0.5, x * 1.5) for x in range(3))
print(list(struct.iter_unpack("<ff", points)))
for fmt, val in [("b", 200), ("B", -1), ("h", 70000)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)

a = array.array("i", [1, 2, 3, 4])
a.append(5)
a.extend([6, 7])
a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:4], a.itemsize, a.typecode)
print(a.pop(), a.pop(0), a.index(3), a.count(3), a.tolist(), sum(a))
a.reverse()
a.remove(4)
print(a, a * 2, a + array.array("i", [9]), 3 in a)
f = array.array("d", (x / 4 for x in range(5)))
print(f, f.tobytes()[:8], array.array("d", f.tobytes()) == f)
b = array.array("B", b"hello")
print(b, b.tobytes(), bytes(b), list(b))
u = array.array("u", "hi ✓")
print(u, u.tounicode(), len(u))
h = array.array("h", [1, -2, 300])
h.byteswap()
print(h, h.buffer_info()[1])
h.frombytes(struct.pack("=hh", 7, 8))
print(h.tolist(), array.array("l", range(3)), array.array("q"), array.typecodes)
try:
    array.array("b", [1000])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
