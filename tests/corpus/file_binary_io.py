# Binary files: buffered reader/writer/random, raw FileIO (buffering=0), fd-level open, repr.
import os, tempfile, io

d = tempfile.mkdtemp()
def rel(s): return str(s).replace(d, '<tmp>')
p = os.path.join(d, 'data.bin')

with open(p, 'wb') as f:
    print(rel(repr(f)), type(f).__name__, f.mode, rel(f.name), f.closed)
    print(rel(repr(f.raw)), f.raw.mode, f.raw.closefd)
    print(f.write(b'\x00\x01\x02hello'), f.write(bytearray(b'abc')), f.write(memoryview(b'xyz')))
    print(f.tell(), f.seekable(), f.readable(), f.writable(), isinstance(f, io.BufferedIOBase))
print(rel(repr(f)))
with open(p, 'rb') as f:
    print(rel(repr(f)), f.read(3), f.read1(4), f.peek(1)[:1], f.tell())
    print(f.read(), f.read(), f.tell())
    print(f.seek(-3, 2), f.read(2), f.seek(-2, 1), f.read())
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf)
with open(p, 'r+b') as f:
    print(rel(repr(f)), type(f).__name__)
    f.seek(3)
    f.write(b'HELLO')
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
print(open(p, 'rb').read())
with open(p, 'ab') as f:
    print(f.tell())
    f.write(b'++')
with open(p, 'a+b') as f:
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read())
    f.write(b'!')
    f.seek(0)
    print(f.read())

# unbuffered raw file
with open(p, 'wb', buffering=0) as f:
    print(rel(repr(f)), type(f).__name__, f.write(b'raw bytes\nline 2\n'))
with open(p, 'rb', buffering=0) as f:
    print(rel(repr(f)), f.readline(), f.readall(), f.read())
    print(f.seek(0), f.read(3), f.tell(), f.isatty())
with io.FileIO(p, 'r') as f:
    print(rel(repr(f)), f.mode, f.readlines())
with open(p, 'rb') as f:
    print(f.readlines(), f.closed)
    f.seek(0)
    print([line for line in f])

# fd-level
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'0123456789'), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -1, os.SEEK_END), os.read(fd, 10), os.read(fd, 10))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size)
os.fsync(fd)
with open(fd, 'rb', closefd=False) as f:
    f.seek(0)
    print(repr(f.raw).startswith('<_io.FileIO fd='), f.name == fd, f.read())
with open(fd, 'r+') as f:
    f.seek(0)
    print(repr(f.read()), f.name == fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)

# big binary data crossing the buffer
data = bytes(range(256)) * 100
with open(p, 'wb') as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
with open(p, 'rb') as f:
    chunks = []
    while True:
        c = f.read(777)
        if not c:
            break
        chunks.append(c)
print(len(chunks), b''.join(chunks) == data, os.path.getsize(p))

os.remove(p)
os.rmdir(d)
