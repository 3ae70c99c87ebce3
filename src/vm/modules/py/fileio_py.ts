/**
 * The binary file half of `_io` in Python source, run after io_py.ts's classes in the same module
 * (then textio_py.ts): FileIO over the host's file descriptors (`_bytescope_os`, Host.fs) and the
 * buffered layer (BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair). Semantics
 * and messages are those of CPython 3.12's Modules/_io (C), whose error texts differ from _pyio's.
 *
 * Invariants: a buffered object never holds read-ahead and pending writes at once. File objects
 * close themselves when they die (CPython's iobase finalizer), so an unclosed file's data reaches
 * the disk at refcount zero or at exit.
 */
export const FILEIO_SRC = String.raw`
import _bytescope_os as _h

_O_CREAT = 64
_O_EXCL = 128
_O_TRUNC = 512
_O_APPEND = 1024
_O_CLOEXEC = 524288

def _oserr(code, filename=None):
    import posix
    return posix._oserror(code, filename)

def _check(r, filename=None):
    if r is None:
        raise _oserr('ENOSYS', filename)
    if type(r) is str:
        raise _oserr(r, filename)
    return r

def _index(x):
    if type(x) is int:
        return x
    try:
        f = type(x).__index__
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None
    return f(x)

def _size(x):
    if x is None:
        return -1
    try:
        return _index(x)
    except TypeError:
        raise TypeError(f"argument should be integer or None, not '{type(x).__name__}'") from None

def _tpname(obj):
    t = type(obj)
    return '_io.' + t.__name__ if t.__module__ == '_io' else t.__name__

def _fs_name(file):
    if isinstance(file, str):
        p = file
    elif isinstance(file, bytes):
        p = file.decode('utf-8', 'surrogateescape')
    else:
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
        p = fspath(file)
        if isinstance(p, bytes):
            p = p.decode('utf-8', 'surrogateescape')
        elif not isinstance(p, str):
            raise TypeError(f'expected {type(file).__name__}.__fspath__() to return str or bytes, not {type(p).__name__}')
    if '\0' in p:
        raise ValueError('embedded null byte')
    return p


class FileIO(_RawIOBase):
    _fd = -1
    _created = _readable = _writable = _appending = False
    _seekable = None
    _closefd = True
    _blksize = DEFAULT_BUFFER_SIZE
    _finalizing = False

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                self.close()
            else:
                self._fd = -1
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            path = _fs_name(file)
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        rwa = plus = False
        flags = 0
        self._created = self._readable = self._writable = self._appending = False
        for c in mode:
            if c in 'xrwa':
                if rwa:
                    raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
                rwa = True
                if c == 'x':
                    self._created = self._writable = True
                    flags |= _O_EXCL | _O_CREAT
                elif c == 'r':
                    self._readable = True
                elif c == 'w':
                    self._writable = True
                    flags |= _O_CREAT | _O_TRUNC
                else:
                    self._writable = self._appending = True
                    flags |= _O_APPEND | _O_CREAT
            elif c == '+':
                if plus:
                    raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
                self._readable = self._writable = plus = True
            elif c != 'b':
                raise ValueError(f'invalid mode: {mode}')
        if not rwa:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        flags |= 2 if self._readable and self._writable else 0 if self._readable else 1
        flags |= _O_CLOEXEC
        own = False
        if fd >= 0:
            self._fd = fd
            self._closefd = bool(closefd)
        else:
            self._closefd = True
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _check(_h.open(path, flags, 0o666), file)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
            self._fd = fd
            own = True
        try:
            st = _h.fstat(fd)
            if type(st) is str:
                if st == 'EBADF':
                    raise _oserr(st)
            elif st is not None:
                if st[0] & 0o170000 == 0o040000:
                    raise _oserr('EISDIR', file)
                if st[10] > 1:
                    self._blksize = st[10]
            self.name = file
            if self._appending:
                _check(_h.lseek(fd, 0, 2))
        except BaseException:
            if own:
                _h.close(fd)
            self._fd = -1
            raise

    def __del__(self):
        if self._fd >= 0 and self._closefd:
            self._finalizing = True
            self.close()

    def _closed_err(self):
        raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def close(self):
        if self._fd < 0:
            return
        try:
            _IOBase.close(self)
        finally:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _check(_h.close(fd))

    def fileno(self):
        if self._fd < 0:
            self._closed_err()
        return self._fd

    def readable(self):
        if self._fd < 0:
            self._closed_err()
        return self._readable

    def writable(self):
        if self._fd < 0:
            self._closed_err()
        return self._writable

    def seekable(self):
        if self._fd < 0:
            self._closed_err()
        if self._seekable is None:
            self._seekable = type(_h.lseek(self._fd, 0, 1)) is int
        return self._seekable

    def isatty(self):
        if self._fd < 0:
            self._closed_err()
        return bool(_h.isatty(self._fd))

    def read(self, size=-1):
        if self._fd < 0:
            self._closed_err()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size(size)
        if size < 0:
            return self.readall()
        return _check(_h.read(self._fd, size))

    def readall(self):
        if self._fd < 0:
            self._closed_err()
        chunks = []
        want = DEFAULT_BUFFER_SIZE
        st = _h.fstat(self._fd)
        if type(st) is tuple:
            pos = _h.lseek(self._fd, 0, 1)
            if type(pos) is int and st[6] >= pos:
                want = st[6] - pos + 1
        while True:
            b = _check(_h.read(self._fd, want))
            if not b:
                break
            chunks.append(b)
            want = max(want, DEFAULT_BUFFER_SIZE)
        return b''.join(chunks)

    def readinto(self, buffer):
        if self._fd < 0:
            self._closed_err()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        m = memoryview(buffer)
        data = _check(_h.read(self._fd, m.nbytes))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        if self._fd < 0:
            self._closed_err()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _check(_h.write(self._fd, b))

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if self._fd < 0:
            self._closed_err()
        return _check(_h.lseek(self._fd, _index(pos), whence))

    def tell(self):
        if self._fd < 0:
            self._closed_err()
        return _check(_h.lseek(self._fd, 0, 1))

    def truncate(self, size=None):
        if self._fd < 0:
            self._closed_err()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _check(_h.ftruncate(self._fd, _index(size)))
        return size

    def __repr__(self):
        tn = _tpname(self)
        if self._fd < 0:
            return f'<{tn} [closed]>'
        try:
            name = self.name
        except AttributeError:
            return f"<{tn} fd={self._fd} mode='{self.mode}' closefd={self._closefd}>"
        return f"<{tn} name={name!r} mode='{self.mode}' closefd={self._closefd}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


class _BufferedBase:
    # Shared by the three buffered classes, copied into them (CPython's MROs have no such class).
    _rbuf = b''
    _rpos = 0
    _wlen = 0
    raw = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._check_raw(raw)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0

    def __del__(self):
        raw = self.raw
        if raw is not None and not raw.closed:
            self.close()

    def _attached(self):
        if self.raw is None:
            raise ValueError('raw stream has been detached')
        return self.raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def _flush_w(self):
        if self._wlen:
            data = b''.join(self._wbuf) if len(self._wbuf) != 1 else self._wbuf[0]
            self._wbuf = []
            self._wlen = 0
            raw = self.raw
            while data:
                n = raw.write(data)
                if n is None:
                    raise BlockingIOError(11, 'write could not complete without blocking', 0)
                data = data[n:]

    def _drop_r(self):
        unread = len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        if unread:
            self.raw.seek(-unread, 1)

    def flush(self):
        raw = self._attached()
        if raw.closed:
            raise ValueError('flush of closed file')
        self._flush_w()

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            self._rbuf = b''
            self._rpos = 0
            raw.close()

    def detach(self):
        raw = self._attached()
        self.flush()
        self.raw = None
        return raw

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def seekable(self):
        return self._attached().seekable()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def tell(self):
        pos = self._attached().tell()
        if self._wlen:
            return pos + self._wlen
        pos -= len(self._rbuf) - self._rpos
        return pos if pos >= 0 else 0

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        raw = self._attached()
        if raw.closed:
            raise ValueError('seek of closed file')
        pos = _index(pos)
        self._flush_w()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        raw = self._attached()
        if raw.closed:
            raise ValueError('truncate of closed file')
        if not isinstance(self, (BufferedWriter, BufferedRandom)):
            raise UnsupportedOperation('truncate')
        self._flush_w()
        if pos is None:
            pos = self.tell()
        self._drop_r()
        return raw.truncate(pos)

    def __repr__(self):
        tn = _tpname(self)
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{tn}>'
        return f'<{tn} name={name!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


class BufferedReader(_BufferedIOBase):
    def _check_raw(self, raw):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')

    def _readclosed(self, what):
        raw = self._attached()
        if raw.closed and self._rpos >= len(self._rbuf):
            raise ValueError(f'{what} of closed file')

    def _fill(self):
        self._rbuf = self.raw.read(self.buffer_size) or b''
        self._rpos = 0
        return len(self._rbuf)

    def read(self, size=-1):
        size = _size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._readclosed('read')
        self._flush_w()
        buf = self._rbuf
        pos = self._rpos
        if size == -1:
            head = buf[pos:]
            self._rbuf = b''
            self._rpos = 0
            rest = self.raw.readall() if hasattr(self.raw, 'readall') else self.raw.read()
            if rest is None:
                return head or None
            return head + rest if head else rest
        avail = len(buf) - pos
        if size <= avail:
            self._rpos = pos + size
            return buf[pos:pos + size] if pos or size != len(buf) else buf
        parts = [buf[pos:]] if avail else []
        n = avail
        self._rbuf = b''
        self._rpos = 0
        while n < size:
            want = size - n
            if want >= self.buffer_size:
                chunk = self.raw.read(want)
                if not chunk:
                    break
                parts.append(chunk)
                n += len(chunk)
            else:
                if not self._fill():
                    break
                take = self._rbuf[:want]
                self._rpos = len(take)
                parts.append(take)
                n += len(take)
        return b''.join(parts)

    def read1(self, size=-1):
        size = _size(size)
        self._readclosed('read')
        self._flush_w()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        avail = len(self._rbuf) - self._rpos
        if not avail:
            if size > self.buffer_size:
                return self.raw.read(size) or b''
            self._fill()
            avail = len(self._rbuf)
        pos = self._rpos
        n = size if size < avail else avail
        self._rpos = pos + n
        return self._rbuf[pos:pos + n]

    def peek(self, size=0):
        self._readclosed('peek')
        self._flush_w()
        if self._rpos >= len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos:]

    def readinto(self, buffer):
        self._readclosed('readinto')
        m = memoryview(buffer)
        data = self.read(m.nbytes)
        n = len(data)
        m[:n] = data
        return n

    def readinto1(self, buffer):
        self._readclosed('readinto')
        m = memoryview(buffer)
        data = self.read1(m.nbytes)
        n = len(data)
        m[:n] = data
        return n

    def readline(self, size=-1):
        size = _size(size)
        self._readclosed('readline')
        self._flush_w()
        parts = []
        n = 0
        while True:
            buf = self._rbuf
            pos = self._rpos
            i = buf.find(b'\n', pos)
            end = len(buf) if i < 0 else i + 1
            if size >= 0 and end - pos > size - n:
                end = pos + size - n
            parts.append(buf[pos:end])
            n += end - pos
            self._rpos = end
            if i >= 0 and end == i + 1 or size >= 0 and n >= size:
                break
            if not self._fill():
                break
        return parts[0] if len(parts) == 1 else b''.join(parts)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class BufferedWriter(_BufferedIOBase):
    def _check_raw(self, raw):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')

    def write(self, b):
        raw = self._attached()
        if raw.closed:
            raise ValueError('write to closed file')
        if type(b) is not bytes:
            if isinstance(b, str) or not hasattr(type(b), '__buffer__') and not isinstance(b, (bytearray, memoryview)):
                raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
            b = bytes(b)
        if self._rbuf:
            self._drop_r()
        # As C's buffered write: what fits stays in the buffer; otherwise the buffer goes out, then
        # data larger than a buffer is written through and smaller data waits in the buffer.
        n = len(b)
        wl = self._wlen + n
        if wl <= self.buffer_size:
            self._wbuf.append(b)
            self._wlen = wl
            return n
        self._flush_w()
        if n > self.buffer_size:
            self._wbuf.append(b)
            self._wlen = n
            self._flush_w()
        else:
            self._wbuf.append(b)
            self._wlen = n
        return n


class BufferedRandom(_BufferedIOBase):
    def _check_raw(self, raw):
        raw._checkSeekable()
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')

for _k in ('_readclosed', '_fill', 'read', 'read1', 'peek', 'readinto', 'readinto1', 'readline', '__next__'):
    setattr(BufferedRandom, _k, BufferedReader.__dict__[_k])
BufferedRandom.write = BufferedWriter.__dict__['write']
for _c in (BufferedReader, BufferedWriter, BufferedRandom):
    for _k, _v in _BufferedBase.__dict__.items():
        if _k not in ('__dict__', '__weakref__', '__module__', '__doc__', '__qualname__') and _k not in _c.__dict__:
            setattr(_c, _k, _v)
del _k, _v, _c, _BufferedBase


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)
    def read(self, size=-1): return self.reader.read(size)
    def read1(self, size=-1): return self.reader.read1(size)
    def readline(self, size=-1): return self.reader.readline(size)
    def peek(self, size=0): return self.reader.peek(size)
    def readinto(self, b): return self.reader.readinto(b)
    def write(self, b): return self.writer.write(b)
    def flush(self): return self.writer.flush()
    def readable(self): return self.reader.readable()
    def writable(self): return self.writer.writable()
    def isatty(self): return self.reader.isatty() or self.writer.isatty()
    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()
    @property
    def closed(self): return self.writer.closed
`;
