# Standard-library modules that read and write files through open(): json, csv, pathlib,
# pickle, shutil; the finalizer that flushes a file nobody closed; text tell() cookies.
import os, tempfile, json, csv, pickle, pathlib, shutil, io

d = tempfile.mkdtemp()
def rel(s): return str(s).replace(d, '<tmp>')

p = os.path.join(d, 'data.json')
with open(p, 'w') as f:
    json.dump({'name': 'Ada', 'langs': ['py', 'c'], 'n': 3}, f, indent=2)
with open(p) as f:
    print(json.load(f))
print(open(p).read().count('\n'))

c = os.path.join(d, 'table.csv')
with open(c, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'name', 'note'])
    w.writerows([[1, 'a', 'x,y'], [2, 'b', 'say "hi"'], [3, 'c', 'multi\nline']])
print(open(c, 'rb').read())
with open(c, newline='') as f:
    for row in csv.reader(f):
        print(row)
with open(c, newline='') as f:
    print([dict(r) for r in csv.DictReader(f)][1])

pp = pathlib.Path(d) / 'path.txt'
print(pp.write_text('via pathlib\n'), pp.read_text(), pp.exists(), pp.is_file(), pp.stat().st_size)
print(pp.write_bytes(b'\x00\x01'), pp.read_bytes())
with pp.open('a') as f:
    f.write('tail')
print(pp.read_bytes(), sorted(x.name for x in pathlib.Path(d).iterdir()))
pp.unlink()
print(pp.exists())

k = os.path.join(d, 'obj.pickle')
with open(k, 'wb') as f:
    pickle.dump({'a': [1, 2, (3, 4)], 'b': {15, 2}, 'c': 1.5}, f)
with open(k, 'rb') as f:
    print(pickle.load(f))

# a file nobody closes is flushed when its last reference goes
u = os.path.join(d, 'unclosed.txt')
f = open(u, 'w')
f.write('pending data')
print(os.path.getsize(u))
del f
print(os.path.getsize(u), open(u).read())
open(u, 'a').write(' + more')
print(open(u).read())
def helper():
    g = open(u, 'w')
    g.write('from a function')
helper()
print(open(u).read())
b = open(u, 'wb')
b.write(b'binary, never closed')
del b
print(open(u, 'rb').read())
r = open(u, 'rb', buffering=0)
del r
print(type(open(u, 'rb')).__mro__, type(open(u)).__mro__, io.FileIO.__mro__)

# print() to a file, flush
with open(u, 'w') as f:
    print('a', 1, 2.5, sep='|', end='!\n', file=f)
    print(os.path.getsize(u))
    f.flush()
    print(os.path.getsize(u))
print(repr(open(u).read()))

# text positions: tell() cookies round-trip through seek()
t = os.path.join(d, 'pos.txt')
with open(t, 'w', newline='') as f:
    f.write('één\r\ntwo\r\nthree\n')
for nl in (None, ''):
    with open(t, newline=nl, encoding='utf-8') as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks)
        for pos, line in reversed(marks):
            f.seek(pos)
            print(repr(f.readline()) == repr(line), end=' ')
        print()
with open(t, encoding='utf-8') as f:
    print(repr(f.read(2)), f.tell(), repr(f.read(3)), f.tell())
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print(f.read() == rest)
with open(t, 'w', encoding='utf-16') as f:
    f.write('ab\ncd\n')
    print(f.tell())
with open(t, encoding='utf-16') as f:
    print(repr(f.readline()), f.tell(), repr(f.read()))
with open(t, 'a', encoding='utf-16') as f:
    f.write('ef\n')
print(open(t, 'rb').read())
with open(t, 'w', encoding='utf-8-sig') as f:
    f.write('bom')
print(open(t, 'rb').read(), open(t, encoding='utf-8-sig').read())

# io.open is open; io.TextIOWrapper over a BytesIO
print(io.open is open, open is io.open)
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\n')
w.write('x\ny')
w.flush()
print(w.buffer.getvalue(), repr(w))

shutil.rmtree(d)
print(os.path.exists(d))
