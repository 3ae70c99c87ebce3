# int <-> bytes, hex text of bytes and floats, integer ratios.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 2, "big", True),
                                 (255, 1, "big", False), (256, 1, "big", False), (-1, 1, "big", False),
                                 (128, 1, "big", True), (-128, 1, "big", True), (0, 0, "big", False),
                                 (1, 0, "big", False), (2**100, 13, "little", False), (-2**100, 13, "little", True),
                                 (2**64 - 1, 8, "big", False), (-2**63, 8, "little", True)]:
    show(f"({n}).to_bytes({length}, {order!r}, signed={signed})", lambda: n.to_bytes(length, order, signed=signed))
show("defaults", lambda: (5).to_bytes())
show("keywords", lambda: (5).to_bytes(length=3, byteorder="little"))
show("negative length", lambda: (1).to_bytes(-1, "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("order type", lambda: (1).to_bytes(1, 5))
show("3 positional", lambda: (5).to_bytes(1, "big", True))
show("float length", lambda: (5).to_bytes(1.5, "big"))
show("bad keyword", lambda: (5).to_bytes(1, "big", foo=1))
show("name and position", lambda: (1).to_bytes(1, "big", length=2))
show("bool", lambda: True.to_bytes(2, "little"))

for data in [b"\x00\x10", b"\xff\xff", b"", bytearray(b"\x01\x02"), [1, 2, 3], (255,), memoryview(b"\x7f\x80")]:
    label = "memoryview" if isinstance(data, memoryview) else repr(data)
    show(f"from_bytes({label})", lambda: (int.from_bytes(data, "big"), int.from_bytes(data, "little", signed=True)))
show("from str", lambda: int.from_bytes("ab", "big"))
show("from int", lambda: int.from_bytes(5, "big"))
show("from big item", lambda: int.from_bytes([256], "big"))
show("from str items", lambda: int.from_bytes(["a"], "big"))
show("missing", lambda: int.from_bytes())
show("default order", lambda: int.from_bytes(b"\x01\x00"))
show("bool.from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
class MyInt(int):
    pass
show("subclass", lambda: type(MyInt.from_bytes(b"\x05", "big")).__name__)
class HasBytes:
    def __bytes__(self):
        return b"\x01\x01"
show("__bytes__", lambda: int.from_bytes(HasBytes(), "big"))
for v in [2**64 - 1, 2**64, -2**63 - 1]:
    show(f"roundtrip {v}", lambda: int.from_bytes(v.to_bytes(9, "big", signed=True), "big", signed=True) == v)

for n in [0, 1, -255, 2**100 - 1, -(2**70)]:
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio())
print(True.as_integer_ratio(), (3.75).as_integer_ratio(), (-0.5).as_integer_ratio())

show("hex", lambda: b"\x01\xab".hex())
show("hex sep", lambda: b"\x01\xab\xcd".hex(":"))
show("hex sep 2", lambda: b"\x01\xab\xcd\xef\x00".hex(":", 2))
show("hex sep -2", lambda: b"\x01\xab\xcd\xef\x00".hex("-", -2))
show("hex bytes sep", lambda: b"\x01\x02\x03".hex(b" ", 1))
show("hex sep 0", lambda: b"\x01\x02".hex(":", 0))
show("hex long sep", lambda: b"abc".hex("::"))
show("hex int sep", lambda: b"abc".hex(5))
show("hex non-ascii", lambda: b"abc".hex("\xe9"))
show("bytearray hex", lambda: bytearray(b"\x10\x20").hex("."))
show("fromhex", lambda: bytes.fromhex("01 ab CD  ef"))
show("fromhex split pair", lambda: bytes.fromhex("0 1"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex bad", lambda: bytes.fromhex("zz"))
show("fromhex bytes", lambda: bytes.fromhex(b"ab"))
show("fromhex spaces", lambda: bytes.fromhex("  "))
show("bytearray.fromhex", lambda: bytearray.fromhex("ff00"))

for f in [0.1, 1.0, -0.0, 0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.75, -123.456]:
    h = f.hex()
    print(repr(f), h, float.fromhex(h) == f or f != f)
for s in ["0x1.8p1", "0X1P-2", "-0x.8", "1", "inf", "-Infinity", "nan", " 0x10 ", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1p-1074", "0x3p-1076"]:
    show(f"fromhex {s!r}", lambda: float.fromhex(s))
show("fromhex bad", lambda: float.fromhex("0x"))
show("fromhex huge", lambda: float.fromhex("0x1p1024"))
show("int unicode digits", lambda: (int("\u0663\u0661"), float("\u0661.\u0665"), int("\uff11\uff12")))
