# os file operations and tempfile/shutil on top of them.
import os, tempfile, shutil, stat

with tempfile.TemporaryDirectory() as d:
    def rel(s): return str(s).replace(d, '<tmp>')
    print(os.path.isdir(d), os.listdir(d))
    sub = os.path.join(d, 'a', 'b', 'c')
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError as e:
        print(type(e).__name__, rel(e))
    os.mkdir(os.path.join(d, 'empty'))
    p = os.path.join(d, 'a', 'f.txt')
    with open(p, 'w') as f:
        f.write('hello\n')
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.getsize(p))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'a'))))
    entries = sorted(os.scandir(os.path.join(d, 'a')), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), rel(e.path)) for e in entries])
    st = os.stat(p)
    print(stat.S_ISREG(st.st_mode), st.st_size)
    q = os.path.join(d, 'a', 'g.txt')
    os.rename(p, q)
    print(os.path.exists(p), open(q).read())
    with open(p, 'w') as f:
        f.write('new')
    os.replace(p, q)
    print(open(q).read(), sorted(os.listdir(os.path.join(d, 'a'))))
    shutil.copyfile(q, p)
    print(open(p).read())
    print(rel(shutil.copy(q, os.path.join(d, 'empty'))), os.listdir(os.path.join(d, 'empty')))
    walked = [(rel(root), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)]
    print(sorted(walked))
    os.unlink(p)
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, rel(e))
    shutil.rmtree(os.path.join(d, 'a'))
    print(sorted(os.listdir(d)))

    # tempfile
    with tempfile.TemporaryFile() as t:
        t.write(b'temporary')
        t.seek(0)
        print(t.read(), type(t).__name__, t.mode)
    with tempfile.TemporaryFile('w+') as t:
        t.write('text temp\n')
        t.seek(0)
        print(repr(t.read()), t.mode)
    with tempfile.NamedTemporaryFile('w', dir=d, suffix='.txt', delete=False) as t:
        t.write('named')
        name = t.name
    print(os.path.dirname(name) == d, name.endswith('.txt'), open(name).read())
    os.remove(name)
    with tempfile.NamedTemporaryFile(dir=d) as t:
        t.write(b'x')
        t.flush()
        print(os.path.exists(t.name), os.path.getsize(t.name))
        tn = t.name
    print(os.path.exists(tn))
    fd, name = tempfile.mkstemp(dir=d, prefix='pre', suffix='.dat')
    os.write(fd, b'mkstemp data')
    os.close(fd)
    print(os.path.basename(name).startswith('pre'), open(name, 'rb').read())
    sd = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sd), os.listdir(sd))
    print(len(os.listdir(d)))
print(os.path.exists(d))
