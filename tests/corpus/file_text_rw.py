# Text files: write, append, exclusive create, read back (read/readline/readlines/iteration),
# seek/tell, truncate, newline translation, encodings, repr of the file objects.
import os, tempfile

d = tempfile.mkdtemp()
def rel(s): return str(s).replace(d, '<tmp>')
p = os.path.join(d, 'notes.txt')

with open(p, 'w') as f:
    print(rel(repr(f)))
    print(f.name == p, f.mode, f.closed, f.encoding, f.errors, f.line_buffering)
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth\n'])
    print('last', file=f)
    print(f.tell(), f.writable(), f.readable(), f.seekable())
print(f.closed)

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, 'r') as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read(3)))
    print(f.seek(0, 2), repr(f.read()))
    pos = f.seek(11)
    print(pos, repr(f.readline()))

with open(p, 'a') as f:
    print(rel(repr(f)), f.tell())
    f.write('appended\n')
print(open(p).read().splitlines())

with open(p, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
    f.truncate(20)
    f.seek(0)
    print(repr(f.read()))

with open(p, 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.readlines(), f.tell())
    print(f.truncate(), f.truncate(3), f.tell())
print(repr(open(p).read()))

# newline translation
with open(p, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
with open(p, 'rb') as f:
    print(f.read())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
with open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(p, 'rb').read())

# encodings
with open(p, 'w', encoding='latin-1') as f:
    f.write('café ü')
print(open(p, 'rb').read(), open(p, encoding='latin-1').read())
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(p, errors='replace').read()), repr(open(p, errors='ignore').read()))
with open(p, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('naïve ☃')
print(open(p).read())
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, 'w', encoding='utf-8') as f:
    f.write('π≈3.14159 — ünïcödé 😀\n' * 3)
with open(p, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(4)))
with open(p, 'w', encoding='utf-16') as f:
    f.write('hi')
print(open(p, 'rb').read(), open(p, encoding='utf-16').read())
# big file: crosses buffer sizes
with open(p, 'w') as f:
    for i in range(5000):
        f.write(f'{i:05d} ' + 'x' * (i % 17) + '\n')
with open(p) as f:
    lines = f.readlines()
print(len(lines), lines[4999], os.path.getsize(p))
with open(p) as f:
    print(sum(1 for _ in f), f.read() == '')
with open(p) as f:
    f.seek(30000)
    print(repr(f.readline()), repr(f.readline()), f.tell())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
