# UTF-8 encode/decode of short and long strings under every error handler (the short-string path
# and the TextEncoder/TextDecoder path must agree), and re.Match.groupdict.
cases = ["", "abc", "caf\u00e9", "\u6771\u4eac", "\U0001f642x", "a\udc80b", "\ud800", "x" * 300 + "\u00e9", "\u00e9" * 300, "\U0001f642" * 100]
for s in cases:
    for errs in ("strict", "replace", "surrogatepass", "ignore", "backslashreplace", "surrogateescape"):
        try:
            b = s.encode("utf-8", errs)
            print(len(s), errs, b[:20], len(b))
            print(b.decode("utf-8", errs) == s, ascii(b.decode("utf-8", "surrogatepass")[:5]) if errs == "surrogatepass" else "")
        except UnicodeError as e:
            print(type(e).__name__, e)
bad = [b"\xc3", b"a\xc3(", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf0\x9f\x99", b"\xf0\x9f\x99\x82", b"\xff", b"ok\xc2\xa9", b"\xe6\x9d\xb1\xe4\xba\xac"]
for b in bad:
    for errs in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
        try:
            print(repr(b.decode("utf-8", errs)))
        except UnicodeDecodeError as e:
            print("UDE", e)
import codecs
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"ab\xc3")), repr(d.decode(b"\xa9z")), repr(d.decode(b"", final=True)))
print(str(b"caf\xc3\xa9", "utf-8"), bytearray("\u00e9t\u00e9", "utf-8"), "x\u00e9".encode(), memoryview(b"\xc3\xa9").tobytes().decode())
import re
m = re.match(r"(?P<a>\d+)(?P<b>x)?(?P<c>y*)", "12y")
print(m.groupdict(), m.groupdict("-"), m.groupdict(default=0))
print(re.match(r"(\d)", "1").groupdict(), re.match(rb"(?P<q>.)", b"z").groupdict())
try:
    m.groupdict(1, 2)
except TypeError as e:
    print(e)
