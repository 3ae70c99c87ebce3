# What open() and file objects raise: missing files, exclusive create, directories, bad modes,
# closed files, wrong direction, wrong types.
import os, tempfile, io

d = tempfile.mkdtemp()
def rel(s): return str(s).replace(d, '<tmp>')
p = os.path.join(d, 'f.txt')

def show(fn):
    try:
        r = fn()
        print('ok', rel(repr(r)))
    except Exception as e:
        print(type(e).__name__, rel(e), getattr(e, 'errno', None), rel(getattr(e, 'filename', None)))

show(lambda: open(os.path.join(d, 'missing.txt')))
show(lambda: open(os.path.join(d, 'no', 'such', 'dir.txt'), 'w'))
show(lambda: open(d))
show(lambda: open(d, 'w'))
with open(p, 'x') as f:
    f.write('created')
show(lambda: open(p, 'x'))
show(lambda: open(p, 'xb'))
for mode in ('rw', 'rr', 'q', 'rbt', 'b', '+', 'wa', 'r++', 'ab+x', 't', 'U', ''):
    show(lambda: open(p, mode))
show(lambda: open(p, 'rb', encoding='utf-8'))
show(lambda: open(p, 'rb', errors='strict'))
show(lambda: open(p, 'rb', newline=''))
show(lambda: open(p, 'r', buffering=0))
show(lambda: open(p, 'r', newline='x'))
show(lambda: open(p, 'r', newline=5))
show(lambda: open(p, 'r', encoding='no-such-codec'))
show(lambda: open(p, 5))
show(lambda: open(3.5))
show(lambda: open([]))
show(lambda: open(-1))
show(lambda: open(p, closefd=False))
show(lambda: open(p + '\0x'))

f = open(p)
show(lambda: f.write('x'))
show(lambda: f.writelines(['x']))
show(lambda: f.truncate(0))
f.close()
for op in (f.read, f.readline, f.readlines, f.tell, lambda: f.seek(0), lambda: f.write('a'), f.flush, f.fileno, f.readable, lambda: next(f), lambda: f.__enter__(), f.isatty):
    show(op)
show(f.close)
print(f.closed, rel(repr(f)))

f = open(p, 'w')
show(f.read)
show(f.readline)
show(lambda: f.write(b'bytes'))
show(lambda: f.write(42))
show(lambda: f.seek(1, 1))
show(lambda: f.seek(-1, 2))
show(lambda: f.seek(0, 5))
show(lambda: f.seek(-1))
show(lambda: f.truncate(-1))
f.close()

b = open(p, 'rb')
show(lambda: b.write(b'x'))
show(lambda: b.read(-5))
show(lambda: b.seek(0, 7))
show(lambda: b.seek(1.5))
b.close()
show(b.read)
show(lambda: b.write(b''))
show(lambda: b.seek(0))
print(rel(repr(b)))

w = open(p, 'wb')
show(lambda: w.write('text'))
show(w.read)
show(lambda: w.truncate(-2))
w.close()
r = open(p, 'rb', buffering=0)
show(lambda: r.write(b'x'))
show(lambda: r.truncate(0))
r.close()
show(r.read)
print(rel(repr(r)))

# the file iterator disables tell()
with open(p, 'w') as f:
    f.write('a\nb\nc\n')
with open(p) as f:
    next(f)
    show(f.tell)
    for _ in f:
        pass
    show(f.tell)

os.remove(p)
show(lambda: os.remove(p))
show(lambda: os.rmdir(os.path.join(d, 'nope')))
show(lambda: os.rename(p, p + '2'))
show(lambda: os.mkdir(d))
show(lambda: os.listdir(p))
show(lambda: os.stat(p))
os.rmdir(d)
