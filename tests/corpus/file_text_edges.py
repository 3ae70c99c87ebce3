# Text-file corner cases: read after write, r+ writes landing after the read chunk, append ignores
# seek, CR/CRLF across the 8192-byte chunk, tell cookies with decoder state, fd names, closed files.
import os, tempfile
d = tempfile.mkdtemp()
def rel(s): return str(s).replace(d, '<tmp>')
p = os.path.join(d, 'e.txt')
with open(p, 'w+') as f:
    f.write('hello\nworld\n')
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write('X')
    print(f.tell())
print(repr(open(p).read()))
with open(p, 'r+') as f:
    print(repr(f.readline()))
    f.write('Y')
print(repr(open(p).read()))
with open(p, 'a') as f:
    f.seek(0)
    f.write('Z')
    print(f.tell())
print(repr(open(p).read()))
with open(p, 'w', newline='') as f:
    f.write('x' * 8191 + '\r\n' + 'y\r' + 'z' * 8190 + '\r')
with open(p) as f:
    ls = f.readlines()
    print(len(ls), [len(l) for l in ls], repr(ls[1][-3:]), f.newlines)
with open(p, newline='') as f:
    print([len(l) for l in f.readlines()])
with open(p, newline='') as f:
    print(repr(f.readline(3)), repr(f.readline(8190)[-2:]), f.tell())
with open(p) as f:
    f.readline()
    print(f.tell())
    f.readline()
    t = f.tell()
    print(t, repr(f.read(2)))
    f.seek(t)
    print(repr(f.read(2)))
fd = os.open(p, os.O_RDONLY)
f = open(fd)
print(repr(f).replace(str(fd), 'FD'), f.buffer.raw._blksize > 0, f.name == fd)
f.close()
with open(p, 'rb') as f:
    print(f.read(0), len(f.peek()), f.tell())
with open(p) as f:
    pass
try:
    for line in f: pass
except ValueError as e:
    print(e)
with open(p, 'w') as f:
    try:
        f.writelines(['a', 1])
    except TypeError as e:
        print(e)
print(repr(open(p).read()))
f = open(p, encoding='utf8')
print(f.encoding, rel(f))
f.close()
print(rel(f))
with open(p, 'w') as f:
    f.write('a\nb')
with open(p, newline='') as f:
    f.read()
    print(f.newlines)
with open(p, 'rb') as f:
    print(list(f), f.readline())
with open(p, 'ab') as f:
    print(f.tell(), f.raw.tell(), f.seekable())
for n in os.listdir(d): os.remove(os.path.join(d, n))
os.rmdir(d)
