# memoryview: shared memory with bytes/bytearray, slicing, assignment, release, formats.
buf = bytearray(b"abcdef")
m = memoryview(buf)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":"), bytes(m[1:4]))
m[0] = 65
m[1:3] = b"BC"
print(buf)
s = m[::2]
print(s.tolist(), s.shape, s.strides, s.contiguous, m.contiguous, s.obj is buf)
s[1] = ord("x")
print(buf, bytes(s))
for bad in [lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, "a"), lambda: m.__setitem__(slice(0, 2), b"xyz"),
            lambda: m.__delitem__(0), lambda: m[10], lambda: m["a"], lambda: buf.append(1),
            lambda: memoryview(b"ab").__setitem__(0, 1), lambda: memoryview(5), lambda: memoryview("ab"),
            lambda: hash(m)]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
ro = memoryview(b"hello")
print(ro.readonly, ro == b"hello", ro == bytearray(b"hello"), ro != b"help", ro == "hello", hash(ro) == hash(b"hello"))
print(ro[1:3] == b"el", ro[::-1].tobytes(), list(ro[:2]), b"x" + ro[:2], bytes(ro[4:]))
c = ro.cast("c")
print(c.format, c[0], c.tolist()[:2])
sb = memoryview(bytearray(b"\xff\x01")).cast("b")
print(sb.format, sb.tolist(), sb[0])
print(memoryview(bytearray(b"ab")).toreadonly().readonly)
m2 = memoryview(m)
print(m2.obj is buf, m2 == m)
with memoryview(b"xyz") as v:
    print(v[0])
print(repr(v).startswith("<released memory"))
try:
    v[0]
except ValueError as e:
    print(e)
m.release(); m2.release(); s.release()
buf.append(33)
print(buf)
