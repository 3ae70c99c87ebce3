# Directory trees: shutil.copytree/copy2/move/rmtree, os.utime, os.walk, glob, pathlib globbing,
# relative paths after os.chdir.
import os, shutil, tempfile, glob, pathlib

base = tempfile.mkdtemp()
def rel(s): return str(s).replace(base, '<tmp>')
src = os.path.join(base, 'src')
for sub in ('a', 'a/b', 'c'):
    os.makedirs(os.path.join(src, sub))
for name, text in (('top.txt', 'top'), ('a/one.py', 'print(1)'), ('a/b/two.txt', 'two'), ('c/three.md', '# three')):
    with open(os.path.join(src, name), 'w') as f:
        f.write(text)
os.utime(os.path.join(src, 'top.txt'), (1_000_000_000, 1_100_000_000))
st = os.stat(os.path.join(src, 'top.txt'))
print(st.st_mtime, st.st_atime, os.path.getmtime(os.path.join(src, 'top.txt')))
os.utime(os.path.join(src, 'top.txt'), ns=(5 * 10**17, 6 * 10**17))
print(os.stat(os.path.join(src, 'top.txt')).st_mtime_ns)

dst = os.path.join(base, 'dst')
print(rel(shutil.copytree(src, dst)))
print(sorted(rel(os.path.join(r, f)) for r, ds, fs in os.walk(dst) for f in fs))
print(os.stat(os.path.join(dst, 'top.txt')).st_mtime)
print(rel(shutil.copy2(os.path.join(src, 'top.txt'), os.path.join(base, 'copy.txt'))), os.stat(os.path.join(base, 'copy.txt')).st_mtime)
print(rel(shutil.move(os.path.join(base, 'copy.txt'), os.path.join(dst, 'moved.txt'))), os.path.exists(os.path.join(base, 'copy.txt')))
print(sorted(rel(p) for p in glob.glob(os.path.join(dst, '**', '*.txt'), recursive=True)))
print(sorted(p.name for p in pathlib.Path(dst).rglob('*')))
print(sorted(rel(p) for p in pathlib.Path(dst).glob('*/*')))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    print(type(e).__name__, rel(e))

here = os.getcwd()
os.chdir(dst)
print(rel(os.getcwd()), sorted(os.listdir()), os.path.isfile('top.txt'), open('a/b/two.txt').read())
with open('new.txt', 'w') as f:
    f.write('relative')
print(rel(os.path.abspath('new.txt')), sorted(e.name for e in os.scandir('.')), sorted(e.path for e in os.scandir()))
os.chdir(here)
print(os.path.exists(os.path.join(dst, 'new.txt')))
try:
    os.chdir(os.path.join(base, 'nowhere'))
except FileNotFoundError as e:
    print(type(e).__name__, rel(e))

shutil.rmtree(base)
print(os.path.exists(base))
try:
    shutil.rmtree(base)
except FileNotFoundError as e:
    print(type(e).__name__, rel(e))
