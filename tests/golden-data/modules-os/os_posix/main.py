import os

print(os.name, os.sep, os.pathsep, os.curdir, os.linesep == '\n')
print(os.path.join('a', 'b', 'c.txt'), os.path.splitext('x.tar.gz'), os.path.split('/a/b/c'))
print(os.path.basename('/a/b.txt'), os.path.dirname('/a/b.txt'), os.path.normpath('/a/./b/../c//d'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.fspath('p'), os.path.commonprefix(['/ab/c', '/ab/d']))
print(os.path.abspath('main.py') == os.path.join(os.getcwd(), 'main.py'))
print(os.path.basename(os.getcwd()), 'main.py' in os.listdir('.'), 'main.py' in os.listdir())
st = os.stat('main.py')
print(type(st).__name__, st.st_size == os.path.getsize('main.py'), st.st_size > 100, isinstance(st.st_mtime, float))
print(os.path.isfile('main.py'), os.path.isdir('.'), os.path.exists('missing.txt'), os.path.isdir('main.py'))
print(isinstance(os.environ, os.__class__.__class__) or type(os.environ).__name__, 'PATH' in os.environ)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(3)).__name__)
for bad in ('missing.txt', 'missing_dir/x'):
    try:
        os.stat(bad)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.listdir('missing_dir')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
class P:
    def __fspath__(self):
        return 'from-fspath'
print(os.fspath(P()))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
