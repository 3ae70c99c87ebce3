# Symbolic and hard links: os.symlink/readlink/link, islink, lstat vs stat, realpath, errors.
import os, tempfile, shutil, stat

d = os.path.realpath(tempfile.mkdtemp())
def rel(s): return str(s).replace(d, '<tmp>')
f = os.path.join(d, 'file.txt')
with open(f, 'w') as fh:
    fh.write('target text')
ln = os.path.join(d, 'link')
os.symlink(f, ln)
os.symlink('file.txt', os.path.join(d, 'rel_link'))
print(rel(os.readlink(ln)), os.readlink(os.path.join(d, 'rel_link')), os.path.islink(ln), os.path.islink(f))
print(open(ln).read(), open(os.path.join(d, 'rel_link')).read())
print(stat.S_ISLNK(os.lstat(ln).st_mode), stat.S_ISREG(os.stat(ln).st_mode), os.lstat(f).st_size == os.stat(ln).st_size)
print(rel(os.path.realpath(ln)), rel(os.path.realpath(os.path.join(d, 'rel_link'))))
hard = os.path.join(d, 'hard.txt')
os.link(f, hard)
print(os.stat(f).st_nlink, os.stat(hard).st_ino == os.stat(f).st_ino, open(hard).read())
entries = sorted(os.scandir(d), key=lambda e: e.name)
print([(e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in entries])
for call in (lambda: os.readlink(f), lambda: os.readlink(os.path.join(d, 'none')),
             lambda: os.symlink(f, ln), lambda: os.link(f, hard), lambda: os.link(os.path.join(d, 'none'), os.path.join(d, 'x'))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, rel(e))
os.remove(f)
print(os.path.exists(ln), os.path.lexists(ln), os.path.islink(ln))
try:
    open(ln)
except FileNotFoundError as e:
    print(type(e).__name__, rel(e))
print(sorted(os.listdir(d)))
shutil.rmtree(d)
print(os.path.exists(d))
