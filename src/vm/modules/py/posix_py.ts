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
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024
EX_OK = 0
WNOHANG = 1

_ERR_CLASS = {'ENOENT': FileNotFoundError, 'EEXIST': FileExistsError, 'EACCES': PermissionError,
              'EPERM': PermissionError, 'ENOTDIR': NotADirectoryError, 'EISDIR': IsADirectoryError}

_STRERROR = {'ENOENT': 'No such file or directory', 'EEXIST': 'File exists', 'EACCES': 'Permission denied',
             'EPERM': 'Operation not permitted', 'ENOTDIR': 'Not a directory', 'EISDIR': 'Is a directory',
             'EBADF': 'Bad file descriptor', 'ENOSYS': 'Function not implemented', 'EIO': 'Input/output error',
             'ELOOP': 'Too many levels of symbolic links', 'ENAMETOOLONG': 'File name too long'}

def _oserror(code, filename=None):
    num = getattr(_errno, code, _errno.EIO)
    cls = _ERR_CLASS.get(code, OSError)
    msg = _STRERROR.get(code, code)
    exc = cls(num, msg) if filename is None else cls(num, msg, filename)
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

def _path(path, fname):
    p = fspath(path)
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape'), True
    return p, False

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
        raise _oserror('ENOSYS')
    p, _ = _path(path, 'stat')
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
    r = _h.write(fd, data)
    if isinstance(r, str):
        raise _oserror(r)
    return r

def get_terminal_size(fd=1, /):
    raise _oserror('ENOSYS')

def readlink(path, *, dir_fd=None):
    raise _oserror('ENOSYS', path)

def _unsupported(name):
    def f(*args, **kwargs):
        raise _oserror('ENOSYS')
    f.__name__ = f.__qualname__ = name
    return f

for _n in ('open', 'close', 'read', 'mkdir', 'rmdir', 'unlink', 'remove', 'rename', 'replace',
           'chdir', 'chmod', 'scandir', 'symlink', 'utime', 'kill', 'fstat', 'lseek', 'dup', 'pipe'):
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
