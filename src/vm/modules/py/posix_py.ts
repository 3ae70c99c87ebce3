/**
 * `posix` in Python source (see ../pysource.ts) over the host primitives of `_bytescope_os`
 * (src/vm/modules/bytescope_os.ts). Minimal but truthful: what the host cannot do raises OSError
 * (ENOSYS/EBADF) instead of pretending; names os.py reads at import time are all present.
 */
export const POSIX_SRC = String.raw`
"""This module provides access to operating system functionality that is
standardized by the C Standard and POSIX."""

import _bytescope_os as _h
import errno as _errno

_have_functions = []

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = 2048
O_NDELAY = 2048
O_DSYNC = 4096
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_CLOEXEC = 524288
O_SYNC = 1052672
O_RSYNC = 1052672
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
EX_OK = 0
WNOHANG = 1

_ERR_CLASS = {'ENOENT': FileNotFoundError, 'EEXIST': FileExistsError, 'EACCES': PermissionError,
              'EPERM': PermissionError, 'ENOTDIR': NotADirectoryError, 'EISDIR': IsADirectoryError,
              'ENOTEMPTY': OSError, 'EINVAL': OSError, 'EBADF': OSError}

_STRERROR = {'ENOENT': 'No such file or directory', 'EEXIST': 'File exists', 'EACCES': 'Permission denied',
             'EPERM': 'Operation not permitted', 'ENOTDIR': 'Not a directory', 'EISDIR': 'Is a directory',
             'EBADF': 'Bad file descriptor', 'ENOSYS': 'Function not implemented', 'EIO': 'Input/output error',
             'ELOOP': 'Too many levels of symbolic links', 'ENAMETOOLONG': 'File name too long',
             'ENOTEMPTY': 'Directory not empty', 'EINVAL': 'Invalid argument', 'ESPIPE': 'Illegal seek',
             'EXDEV': 'Invalid cross-device link', 'EBUSY': 'Device or resource busy',
             'EROFS': 'Read-only file system', 'ENOSPC': 'No space left on device',
             'EMFILE': 'Too many open files', 'ETXTBSY': 'Text file busy', 'EFBIG': 'File too large'}

def _oserror(code, filename=None, filename2=None):
    num = getattr(_errno, code, _errno.EIO)
    cls = _ERR_CLASS.get(code, OSError)
    msg = _STRERROR.get(code, code)
    exc = (cls(num, msg) if filename is None else cls(num, msg, filename) if filename2 is None
           else cls(num, msg, filename, None, filename2))
    if getattr(exc, 'errno', None) is None:
        # The VM's OSError keeps only args; give it CPython's attributes.
        try:
            exc.errno = num; exc.strerror = msg; exc.filename = filename
        except AttributeError:
            pass
    return exc

def strerror(code, /):
    for name, text in _STRERROR.items():
        if getattr(_errno, name, None) == code:
            return text
    return f'Unknown error {code}'

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        fn = t.__fspath__
    except AttributeError:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {t.__name__}') from None
    res = fn(path)
    if isinstance(res, (str, bytes)):
        return res
    raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, not {type(res).__name__}')

def _path(path, fname, allow_fd=False):
    if isinstance(path, str):
        p = path
    else:
        try:
            p = fspath(path)
        except TypeError:
            what = 'string, bytes, os.PathLike or integer' if allow_fd else 'string, bytes or os.PathLike'
            raise TypeError(f'{fname}: path should be {what}, not {type(path).__name__}') from None
    if '\0' in p:
        raise ValueError(f'{fname}: embedded null character in path')
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape'), True
    return p, False

def _res(r, filename=None, filename2=None):
    if r is None:
        raise _oserror('ENOSYS', filename)
    if isinstance(r, str):
        raise _oserror(r, filename, filename2)
    return r

def _fd(fd):
    if not isinstance(fd, int):
        fileno = getattr(fd, 'fileno', None)
        if fileno is None:
            raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
        fd = fileno()
    return fd

def getcwd():
    d = _h.getcwd()
    if d is None:
        raise _oserror('ENOSYS')
    return d

def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')

environ = {k.encode('utf-8', 'surrogateescape'): v.encode('utf-8', 'surrogateescape') for k, v in _h.environ()}

def putenv(name, value, /):
    # The VM has no process environment of its own beyond os.environ's mapping.
    pass

def unsetenv(name, /):
    pass

def getpid():
    return _h.getpid()

def getppid():
    return 0

def cpu_count():
    return _h.cpu_count()

def urandom(size, /):
    return _h.urandom(size)

def _exit(status):
    raise SystemExit(status)

class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    __module__ = 'os'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:7] + tuple([int(t) for t in seq[7:10]]))
        self._ftimes = seq[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ftimes[0])
    st_mtime = property(lambda self: self._ftimes[1])
    st_ctime = property(lambda self: self._ftimes[2])
    st_atime_ns = property(lambda self: int(self._ftimes[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._ftimes[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._ftimes[2] * 1e9))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join([f'{n}={v!r}' for n, v in zip(self._fields, self)]) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self),))

class terminal_size(tuple):
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    __module__ = 'os'

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return fstat(path)
    p, _ = _path(path, 'stat', True)
    r = _h.stat(p, follow_symlinks)
    if r is None:
        raise _oserror('ENOSYS', path)
    if isinstance(r, str):
        raise _oserror(r, path)
    return stat_result(r)

def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)

def listdir(path=None):
    if path is None:
        path = '.'
    p, isbytes = _path(path, 'listdir')
    r = _h.listdir(p)
    if r is None:
        raise _oserror('ENOSYS', path)
    if isinstance(r, str):
        raise _oserror(r, path)
    if isbytes:
        return [n.encode('utf-8', 'surrogateescape') for n in r]
    return list(r)

def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        stat(path)
    except OSError:
        return False
    return True

def write(fd, data, /):
    return _res(_h.write(fd, data))

def open(path, flags, mode=0o777, *, dir_fd=None):
    p, _ = _path(path, 'open')
    return _res(_h.open(p, flags, mode), path)

def read(fd, length, /):
    if length < 0:
        raise _oserror('EINVAL')
    return _res(_h.read(fd, length))

def lseek(fd, position, whence, /):
    return _res(_h.lseek(fd, position, whence))

def close(fd):
    _res(_h.close(fd))

def closerange(fd_low, fd_high, /):
    for fd in range(fd_low, fd_high):
        _h.close(fd)

def fstat(fd):
    r = _res(_h.fstat(fd))
    st = stat_result(r[:10])
    st.st_blksize = r[10]
    return st

def ftruncate(fd, length, /):
    _res(_h.ftruncate(fd, length))

def truncate(path, length):
    if isinstance(path, int):
        return ftruncate(path, length)
    fd = open(path, O_WRONLY)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)

def fsync(fd):
    _res(_h.fsync(_fd(fd)))

fdatasync = fsync

def isatty(fd, /):
    return bool(_h.isatty(fd))

def unlink(path, *, dir_fd=None):
    p, _ = _path(path, 'unlink')
    _res(_h.unlink(p), path)

def remove(path, *, dir_fd=None):
    p, _ = _path(path, 'remove')
    _res(_h.unlink(p), path)

def rmdir(path, *, dir_fd=None):
    p, _ = _path(path, 'rmdir')
    _res(_h.rmdir(p), path)

def mkdir(path, mode=0o777, *, dir_fd=None):
    p, _ = _path(path, 'mkdir')
    _res(_h.mkdir(p, mode), path)

def _rename(fname, src, dst):
    s, _ = _path(src, fname)
    d, _ = _path(dst, fname)
    _res(_h.rename(s, d), src, dst)

def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename('rename', src, dst)

def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename('replace', src, dst)

def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    p, _ = _path(path, 'chmod')
    _res(_h.chmod(p, mode), path)

def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either \'times\' or \'ns\' but not both')
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        atime, mtime = times
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        atime, mtime = ns[0] / 1e9, ns[1] / 1e9
    else:
        import time
        atime = mtime = time.time()
    p, _ = _path(path, 'utime')
    _res(_h.utime(p, atime, mtime), path)

def chdir(path):
    p, _ = _path(path, 'chdir')
    _res(_h.chdir(p), path)

_S_IFMT = 0o170000

class DirEntry:
    __module__ = 'posix'
    def __init__(self, dirpath, name, isbytes):
        self._name = name
        self._path = name if dirpath is None else (dirpath + name if dirpath.endswith('/') else dirpath + '/' + name)
        self._isbytes = isbytes
        self._stat = None
        self._lstat = None
    @property
    def name(self):
        return self._name.encode('utf-8', 'surrogateescape') if self._isbytes else self._name
    @property
    def path(self):
        return self._path.encode('utf-8', 'surrogateescape') if self._isbytes else self._path
    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self._path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self._path)
        return self._lstat
    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT
        except FileNotFoundError:
            return 0
    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000
    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000
    def is_symlink(self):
        return self._mode(False) == 0o120000
    def is_junction(self):
        return False
    def inode(self):
        return self.stat(follow_symlinks=False).st_ino
    def __fspath__(self):
        return self.path
    def __repr__(self):
        return f'<DirEntry {self.name!r}>'
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

class ScandirIterator:
    __module__ = 'posix'
    def __init__(self, entries):
        self._it = iter(entries)
    def __iter__(self):
        return self
    def __next__(self):
        if self._it is None:
            raise StopIteration
        return next(self._it)
    def close(self):
        self._it = None
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()

def scandir(path=None):
    if path is None:
        path = '.'
    p, isbytes = _path(path, 'scandir')
    names = listdir(p)
    return ScandirIterator([DirEntry(p, n, isbytes) for n in names])

def get_terminal_size(fd=1, /):
    raise _oserror('ENOSYS')

def readlink(path, *, dir_fd=None):
    p, isbytes = _path(path, 'readlink')
    r = _h.readlink(p)
    if r is None:
        raise _oserror('ENOSYS', path)
    if isinstance(r, str):
        raise _oserror(r, path)
    return r[0].encode('utf-8', 'surrogateescape') if isbytes else r[0]

def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    s, _ = _path(src, 'symlink')
    d, _ = _path(dst, 'symlink')
    _res(_h.symlink(s, d), src, dst)

def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    s, _ = _path(src, 'link')
    d, _ = _path(dst, 'link')
    _res(_h.link(s, d), src, dst)

def _unsupported(name):
    def f(*args, **kwargs):
        raise _oserror('ENOSYS')
    f.__name__ = f.__qualname__ = name
    return f

for _n in ('kill', 'dup', 'dup2', 'pipe'):
    globals()[_n] = _unsupported(_n)
del _n

def getuid():
    return 0

def getgid():
    return 0

def umask(mask, /):
    return 0o022

def fsencode(filename):
    return fspath(filename).encode('utf-8', 'surrogateescape')

del fsencode
`;
