# io.StringIO / io.BytesIO / open() for reading, on the VM.
import io
s = io.StringIO()
s.write('hello\nworld\n'); s.seek(0)
print(s.readline(), s.read(), repr(s.getvalue()), list(io.StringIO('a\nb')))
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'de'); print(b.getvalue(), isinstance(s, io.TextIOBase))
with open(__file__) as f:
    print(f.readline().rstrip())
try:
    open('/nonexistent/x')
except FileNotFoundError as e:
    print(type(e).__name__)
