/**
 * `_io` in Python source (see ../pysource.ts): the io class hierarchy, StringIO and BytesIO in
 * full. The file classes (FileIO, Buffered*, TextIOWrapper) and open() follow in fileio_py.ts,
 * run as the same module.
 */
export const IO_SRC = String.raw`
"""The io module provides the Python interfaces to stream handling."""
DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError

class UnsupportedOperation(OSError, ValueError):
    pass

def _unsupported(name):
    raise UnsupportedOperation(name)

class _IOBase:
    """The abstract base class for all I/O classes."""
    _closed = False
    def seek(self, pos, whence=0): _unsupported('seek')
    def tell(self): return self.seek(0, 1)
    def truncate(self, pos=None): _unsupported('truncate')
    def flush(self):
        self._checkClosed()
    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True
    def __del__(self):
        # CPython's iobase finalizer: a stream that dies open is closed.
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            self.close()
    def seekable(self): return False
    def readable(self): return False
    def writable(self): return False
    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)
    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation('not readable')
    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation('not writable')
    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
    @property
    def closed(self):
        return self._closed
    def __enter__(self):
        self._checkClosed()
        return self
    def __exit__(self, *args):
        self.close()
    def fileno(self): _unsupported('fileno')
    def isatty(self):
        self._checkClosed()
        return False
    def readline(self, size=-1):
        res = []
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res.append(b)
            if b in ('\n', b'\n'):
                break
        return (b'' if not res or isinstance(res[0], bytes) else '').join(res)
    def __iter__(self):
        self._checkClosed()
        return self
    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines
    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""
    def detach(self): _unsupported('detach')
    def read(self, size=-1): _unsupported('read')
    def read1(self, size=-1): _unsupported('read1')
    def write(self, b): _unsupported('write')

class _TextIOBase(_IOBase):
    """Base class for text I/O."""
    def detach(self): _unsupported('detach')
    @property
    def encoding(self): return None
    @property
    def newlines(self): return None
    @property
    def errors(self): return None


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._buf = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0
    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline not in ('', '\n'):
            return s.replace('\n', self._newline)
        return s
    def getvalue(self):
        self._checkClosed()
        return self._buf
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._translate(s)
        b = self._buf
        if self._pos > len(b):
            b = b + '\0' * (self._pos - len(b))
        self._buf = b[:self._pos] + s + b[self._pos + len(s):]
        self._pos += len(s)
        return n
    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r
    def readline(self, size=-1):
        self._checkClosed()
        b = self._buf
        i = b.find('\n', self._pos)
        end = len(b) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = b[self._pos:end]
        self._pos = end if r else self._pos
        return r
    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos
    def tell(self):
        self._checkClosed()
        return self._pos
    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        self._buf = self._buf[:pos]
        return pos
    def readable(self):
        self._checkClosed()
        return True
    def writable(self):
        self._checkClosed()
        return True
    def seekable(self):
        self._checkClosed()
        return True
    @property
    def line_buffering(self):
        return False
    @property
    def newlines(self):
        return None
    def close(self):
        self._closed = True


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0
    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)
    def getbuffer(self):
        self._checkClosed()
        return memoryview(bytes(self._buf))
    def write(self, b):
        self._checkClosed()
        data = bytes(b)
        n = len(data)
        buf = bytes(self._buf)
        if self._pos > len(buf):
            buf = buf + b'\0' * (self._pos - len(buf))
        self._buf = bytearray(buf[:self._pos] + data + buf[self._pos + n:])
        self._pos += n
        return n
    def read(self, size=-1):
        self._checkClosed()
        buf = bytes(self._buf)
        r = buf[self._pos:] if size is None or size < 0 else buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r
    read1 = read
    def readline(self, size=-1):
        self._checkClosed()
        buf = bytes(self._buf)
        i = buf.find(b'\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos += len(r)
        return r
    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos
    def tell(self):
        self._checkClosed()
        return self._pos
    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        self._buf = self._buf[:pos]
        return pos
    def readable(self):
        self._checkClosed()
        return True
    def writable(self):
        self._checkClosed()
        return True
    def seekable(self):
        self._checkClosed()
        return True
    def close(self):
        self._closed = True


def text_encoding(encoding, stacklevel=2, /):
    if encoding is None:
        return 'locale'
    return encoding
`;
