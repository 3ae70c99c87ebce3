/**
 * Small C-level modules in Python source (see ../pysource.ts): `_string`, `errno`, `atexit`.
 * (`_thread` is src/vm/modules/_thread.ts, over the VM's thread scheduler.)
 */
export const STRING_SRC = String.raw`
"""string helper module"""

def formatter_parser(s, /):
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' for 'str' objects doesn't apply to a '{type(s).__name__}' object")
    return iter(_parse(s))

def _parse(s):
    out = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{'); i += 2; continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{': depth += 1
                elif s[j] == '}': depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conv = None
            spec = ''
            k = 0
            fdepth = 0
            name_end = len(field)
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    fdepth += 1
                elif ch == ']':
                    fdepth -= 1
                elif fdepth == 0 and ch in '!:':
                    name_end = k
                    break
                k += 1
            name = field[:name_end]
            rest = field[name_end:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(lit), name, spec, conv))
            lit = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}'); i += 2; continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c); i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return out

def formatter_field_name_split(s, /):
    i = 0
    n = len(s)
    while i < n and s[i] not in '.[':
        i += 1
    first = s[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if s[i] == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            rest.append((True, s[i + 1:j]))
            i = j
        else:
            j = s.index(']', i)
            key = s[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, iter(rest)
`;

export const ERRNO_NAMES: [string, number, string][] = [
  ['EPERM', 1, 'Operation not permitted'], ['ENOENT', 2, 'No such file or directory'], ['ESRCH', 3, 'No such process'],
  ['EINTR', 4, 'Interrupted system call'], ['EIO', 5, 'Input/output error'], ['ENXIO', 6, 'No such device or address'],
  ['E2BIG', 7, 'Argument list too long'], ['ENOEXEC', 8, 'Exec format error'], ['EBADF', 9, 'Bad file descriptor'],
  ['ECHILD', 10, 'No child processes'], ['EAGAIN', 11, 'Resource temporarily unavailable'], ['ENOMEM', 12, 'Cannot allocate memory'],
  ['EACCES', 13, 'Permission denied'], ['EFAULT', 14, 'Bad address'], ['EBUSY', 16, 'Device or resource busy'],
  ['EEXIST', 17, 'File exists'], ['EXDEV', 18, 'Invalid cross-device link'], ['ENODEV', 19, 'No such device'],
  ['ENOTDIR', 20, 'Not a directory'], ['EISDIR', 21, 'Is a directory'], ['EINVAL', 22, 'Invalid argument'],
  ['ENFILE', 23, 'Too many open files in system'], ['EMFILE', 24, 'Too many open files'], ['ENOTTY', 25, 'Inappropriate ioctl for device'],
  ['EFBIG', 27, 'File too large'], ['ENOSPC', 28, 'No space left on device'], ['ESPIPE', 29, 'Illegal seek'],
  ['EROFS', 30, 'Read-only file system'], ['EMLINK', 31, 'Too many links'], ['EPIPE', 32, 'Broken pipe'],
  ['EDOM', 33, 'Numerical argument out of domain'], ['ERANGE', 34, 'Numerical result out of range'],
  ['EDEADLK', 35, 'Resource deadlock avoided'], ['ENAMETOOLONG', 36, 'File name too long'], ['ENOLCK', 37, 'No locks available'],
  ['ENOSYS', 38, 'Function not implemented'], ['ENOTEMPTY', 39, 'Directory not empty'], ['ELOOP', 40, 'Too many levels of symbolic links'],
  ['EWOULDBLOCK', 11, 'Resource temporarily unavailable'], ['ENOTSUP', 95, 'Operation not supported'],
  ['EOPNOTSUPP', 95, 'Operation not supported'], ['EADDRINUSE', 98, 'Address already in use'],
  ['ECONNRESET', 104, 'Connection reset by peer'], ['ETIMEDOUT', 110, 'Connection timed out'],
  ['ECONNREFUSED', 111, 'Connection refused'], ['EALREADY', 114, 'Operation already in progress'],
  ['EINPROGRESS', 115, 'Operation now in progress'],
];

export function errnoSrc(): string {
  const lines = ['"""This module makes available standard errno system symbols."""', 'errorcode = {}'];
  for (const [n, v] of ERRNO_NAMES) lines.push(`${n} = ${v}`);
  const seen = new Set<number>();
  for (const [n, v] of ERRNO_NAMES) { if (!seen.has(v)) { seen.add(v); lines.push(`errorcode[${v}] = '${n}'`); } }
  return lines.join('\n') + '\n';
}

export const ATEXIT_SRC = String.raw`
"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""
_exithandlers = []

def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func

def unregister(func, /):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]

def _clear():
    _exithandlers.clear()

def _ncallbacks():
    return len(_exithandlers)

def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        func(*args, **kwargs)
`;

/** _sysconfigdata__linux_x86_64-linux-gnu: build_time_vars of a /usr install of CPython 3.12. */
export const SYSCONFIGDATA_SRC = String.raw`
build_time_vars = {
    'ABIFLAGS': '',
    'BINDIR': '/usr/bin',
    'CC': 'x86_64-linux-gnu-gcc',
    'EXE': '',
    'EXT_SUFFIX': '.cpython-312-x86_64-linux-gnu.so',
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    'INCLUDEPY': '/usr/include/python3.12',
    'LDLIBRARY': 'libpython3.12.so',
    'LIBDIR': '/usr/lib',
    'MACHDEP': 'linux',
    'MULTIARCH': 'x86_64-linux-gnu',
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 1,
    'SHLIB_SUFFIX': '.so',
    'SIZEOF_DOUBLE': 8,
    'SIZEOF_INT': 4,
    'SIZEOF_LONG': 8,
    'SIZEOF_SIZE_T': 8,
    'SIZEOF_VOID_P': 8,
    'SOABI': 'cpython-312-x86_64-linux-gnu',
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    'VERSION': '3.12',
    'WITH_DOC_STRINGS': 1,
    'exec_prefix': '/usr',
    'prefix': '/usr',
    'py_version_nodot': '312',
}
`;

/**
 * _zoneinfo: CPython's C ZoneInfo class, here the pure-Python one of Lib/zoneinfo/_zoneinfo.py
 * made to read as the C type (module 'zoneinfo', repr 'zoneinfo.ZoneInfo(key=...)' as its
 * tp_name gives). The stdlib zip's zoneinfo/_common.py carries Pyodide's patch of load_tzdata
 * (a message about pyodide.loadPackage); CPython's behaviour is restored here.
 */
export const ZONEINFO_SRC = String.raw`
"""C implementation of the zoneinfo module"""
import zoneinfo._common as _common
from zoneinfo._zoneinfo import ZoneInfo


def _load_tzdata(key):
    from importlib import resources
    parts = key.split("/")
    package = ".".join(["tzdata.zoneinfo"] + parts[:-1])
    try:
        return resources.files(package).joinpath(parts[-1]).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise _common.ZoneInfoNotFoundError(f"No time zone found with key {key}")


_common.load_tzdata = _load_tzdata


def _repr(self):
    cls = type(self)
    name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
    if self._key is not None:
        return f"{name}(key={self._key!r})"
    return f"{name}.from_file({self._file_repr})"


ZoneInfo.__repr__ = _repr
ZoneInfo.__module__ = "zoneinfo"
`;
