/**
 * The text half of `_io` in Python source (same module as io_py.ts and fileio_py.ts):
 * IncrementalNewlineDecoder, TextIOWrapper (incremental codecs, newline translation, CPython's
 * opaque tell() cookies) and open(). Semantics and messages are those of CPython 3.12's
 * Modules/_io/textio.c and _iomodule.c.
 *
 * Invariants: a TextIOWrapper keeps the decoded text of its last chunk(s) in `_dec` (consumed up to
 * `_decpos`) and the snapshot (decoder flags, bytes fed) that produced it, from which tell()
 * rebuilds a position; encoded writes wait in `_pending` until 8192 bytes, flush or close.
 */
export const TEXTIO_SRC = String.raw`
class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode."""
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        if '\r' in output:
            crlf = output.count('\r\n')
            cr = output.count('\r') - crlf
            lf = output.count('\n') - crlf
            self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
            if self.translate:
                if crlf:
                    output = output.replace('\r\n', '\n')
                if cr:
                    output = output.replace('\r', '\n')
        elif '\n' in output:
            self.seennl |= 1
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))[self.seennl]


# Spellings (lowercased, '-' and ' ' as '_') of the encodings the text layer runs itself, on
# str.encode/bytes.decode, without the codec registry (which lives in the stdlib zip).
_FAST_ENC = {}
for _n in ('utf_8', 'utf8', 'u8', 'utf', 'cp65001'):
    _FAST_ENC[_n] = 'utf-8'
for _n in ('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', 'iso8859', '8859', 'cp819'):
    _FAST_ENC[_n] = 'latin-1'
for _n in ('ascii', 'us_ascii', 'us', '646'):
    _FAST_ENC[_n] = 'ascii'
del _n

def _fast_encoding(name):
    return _FAST_ENC.get(name.lower().replace('-', '_').replace(' ', '_'))

class _FastDecoder:
    # An incremental decoder for utf-8 (an incomplete sequence at the end waits for more
    # bytes), latin-1 and ascii (stateless), with the interface of codecs' incremental decoders.
    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self.buf = b''
    def decode(self, data, final=False):
        if self.buf:
            data = self.buf + data
            self.buf = b''
        if self.encoding == 'utf-8' and not final and data:
            n = len(data)
            i = n - 1
            while i > 0 and n - i < 4 and data[i] & 0xC0 == 0x80:
                i -= 1
            lead = data[i]
            need = 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF5 else 0
            if need and n - i < need:
                self.buf = data[i:]
                data = data[:i]
        return data.decode(self.encoding, self.errors)
    def getstate(self):
        return (self.buf, 0)
    def setstate(self, state):
        self.buf = state[0]
    def reset(self):
        self.buf = b''


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object."""
    _CHUNK_SIZE = 8192
    buffer = None
    _rawfile = None
    _can_read = _can_write = _simple = False
    _closing = False

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        if errors is None:
            errors = 'strict'
        self._set_encoding(encoding)
        self.buffer = buffer
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline if newline else None
        self._decoder = None
        self._encoder = None
        self._pending = []
        self._pending_n = 0
        self._dec = ''
        self._decpos = 0
        self._snapshot = None
        self._eof = False
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, 'read1')
        # The FileIO under one of our buffered objects: its fd tells closedness in one load.
        raw = buffer.raw if type(buffer) in (BufferedReader, BufferedWriter, BufferedRandom) else None
        self._rawfile = raw if type(raw) is FileIO else None
        self._can_read = bool(buffer.readable())
        self._can_write = bool(buffer.writable())
        if self._can_write:
            self._make_encoder()
            if self._seekable and self._encoder is not None:
                if buffer.tell() != 0:
                    self._encoder.setstate(0)

    def __del__(self):
        b = self.buffer
        if b is not None and not self._closing and not b.closed:
            self.close()

    def _set_encoding(self, encoding):
        fast = _fast_encoding(encoding)
        info = None
        if fast is None:
            import codecs
            info = codecs.lookup(encoding)
            if getattr(info, '_is_text_encoding', True) is False:
                raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
        self._encoding = encoding
        self._fast = fast
        self._info = info

    def _make_encoder(self):
        self._simple = (self._can_write and self._fast is not None and self._writenl is None
                        and not self._line_buffering and not self._write_through)
        self._encoder = None
        if self._fast is None:
            self._encoder = self._info.incrementalencoder(self._errors)

    def _get_decoder(self):
        if not self._can_read:
            raise UnsupportedOperation('not readable')
        d = _FastDecoder(self._fast, self._errors) if self._fast is not None else self._info.incrementaldecoder(self._errors)
        if self._readuniversal:
            d = IncrementalNewlineDecoder(d, self._readtranslate)
        self._decoder = d
        return d

    def _attached(self):
        if self.buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self.buffer

    def _checkClosed(self, msg=None):
        if self._attached().closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        d = self._decoder
        return d.newlines if d is not None and hasattr(d, 'seennl') else None

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

    def _writeflush(self):
        if self._pending_n:
            p = self._pending
            data = p[0] if len(p) == 1 else b''.join(p)
            self._pending = []
            self._pending_n = 0
            self.buffer.write(data)

    def flush(self):
        self._checkClosed()
        self._telling = self._seekable
        self._writeflush()
        self.buffer.flush()

    def close(self):
        b = self._attached()
        if b.closed:
            return
        self._closing = True
        try:
            self.flush()
        finally:
            b.close()

    def detach(self):
        b = self._attached()
        self.flush()
        self.buffer = None
        return b

    def write(self, text):
        # The common case in few instructions: str to a stateless codec, nothing to translate.
        if self._simple and type(text) is str and self._decoder is None:
            rf = self._rawfile
            if rf is not None and rf._fd >= 0:
                b = text.encode(self._fast, self._errors)
                pn = self._pending_n
                lb = len(b)
                if pn + lb > 8192:
                    self._writeflush()
                    pn = 0
                self._pending.append(b)
                pn += lb
                self._pending_n = pn
                if pn >= 8192:
                    self._writeflush()
                return len(text)
        if type(text) is not str and not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        rf = self._rawfile
        if rf is None or rf._fd < 0:
            self._checkClosed()
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        n = len(text)
        haslf = False
        if self._writenl is not None or self._line_buffering:
            haslf = '\n' in text
            if haslf and self._writenl is not None and self._writetranslate and self._writenl != '\n':
                text = text.replace('\n', self._writenl)
        fast = self._fast
        if fast is not None:
            b = text.encode(fast, self._errors)
        else:
            if self._encoder is None:
                self._make_encoder()
            b = self._encoder.encode(text)
        if self._pending_n + len(b) > 8192:
            self._writeflush()
        self._pending.append(b)
        pn = self._pending_n + len(b)
        self._pending_n = pn
        if pn >= 8192 or self._write_through or self._line_buffering and (haslf or '\r' in text):
            self._writeflush()
            if self._line_buffering and (haslf or '\r' in text):
                self.buffer.flush()
        if self._decoder is not None:
            self._dec = ''
            self._decpos = 0
            self._snapshot = None
            self._decoder.reset()
        return n

    def _read_chunk(self, extend):
        dec = self._decoder
        if self._telling:
            buf, flags = dec.getstate()
        data = self.buffer.read1(self._CHUNK_SIZE) if self._has_read1 else self.buffer.read(self._CHUNK_SIZE)
        eof = not data
        text = dec.decode(data, eof)
        if extend and self._snapshot is not None and self._telling:
            self._dec += text
            f, old = self._snapshot
            self._snapshot = (f, old + data)
        else:
            if extend:
                self._dec = self._dec[self._decpos:] + text
            else:
                self._dec = text
            self._decpos = 0
            self._snapshot = (flags, buf + data) if self._telling else None
        self._eof = eof
        return not eof

    def _start_read(self):
        self._checkClosed()
        if self._decoder is None:
            self._get_decoder()
        if self._pending_n:
            self._writeflush()

    def read(self, size=-1):
        self._checkClosed()
        if self._decoder is None:
            self._get_decoder()
        size = _size(size)
        if self._pending_n:
            self._writeflush()
        if size < 0:
            data = self.buffer.read()
            text = self._dec[self._decpos:] + self._decoder.decode(data or b'', True)
            self._dec = ''
            self._decpos = 0
            self._snapshot = None
            return text
        while len(self._dec) - self._decpos < size:
            if not self._read_chunk(True):
                break
        pos = self._decpos
        r = self._dec[pos:pos + size]
        self._decpos = pos + len(r)
        return r

    def _eol(self, dec, pos):
        if self._readtranslate:
            i = dec.find('\n', pos)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            i = dec.find('\n', pos)
            j = dec.find('\r', pos, i if i >= 0 else len(dec))
            if j < 0:
                return -1 if i < 0 else i + 1
            if j + 1 < len(dec):
                return j + 2 if dec[j + 1] == '\n' else j + 1
            return j + 1 if self._eof else -1
        nl = self._readnl
        i = dec.find(nl, pos)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        rf = self._rawfile
        if rf is None or rf._fd < 0:
            self._checkClosed()
        if size != -1:
            size = _size(size)
        if self._decoder is None:
            self._get_decoder()
        if self._pending_n:
            self._writeflush()
        if self._readtranslate and size < 0:
            dec = self._dec
            pos = self._decpos
            i = dec.find('\n', pos)
            if i >= 0:
                self._decpos = i + 1
                return dec[pos:i + 1]
        while True:
            dec = self._dec
            pos = self._decpos
            end = self._eol(dec, pos)
            if end >= 0:
                break
            if size >= 0 and len(dec) - pos >= size:
                end = len(dec)
                break
            if not self._read_chunk(True):
                dec = self._dec
                pos = self._decpos
                end = self._eol(dec, pos)
                if end < 0:
                    end = len(dec)
                break
        if size >= 0 and end - pos > size:
            end = pos + size
        self._decpos = end
        return dec[pos:end]

    def __next__(self):
        self._telling = False
        if self._readtranslate and self._decoder is not None and not self._pending_n:
            rf = self._rawfile
            if rf is not None and rf._fd >= 0:
                dec = self._dec
                pos = self._decpos
                i = dec.find('\n', pos)
                if i >= 0:
                    self._decpos = i + 1
                    return dec[pos:i + 1]
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def __iter__(self):
        self._checkClosed()
        return self

    # The cookie's layout is C's struct: start_pos (64 bits), dec_flags, bytes_to_feed,
    # chars_to_skip (32 bits each), need_eof (8 bits), as one little-endian integer.
    def _pack(self, start, flags=0, feed=0, skip=0, need_eof=0):
        return start | (flags << 64) | (feed << 96) | (skip << 128) | (need_eof << 160)

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self._writeflush()
        self.flush()
        pos = self.buffer.tell()
        dec = self._decoder
        if dec is None or self._snapshot is None:
            return pos
        flags, fed = self._snapshot
        pos -= len(fed)
        skip = self._decpos
        if skip == 0:
            return self._pack(pos, flags)
        saved = dec.getstate()
        try:
            # Fast path: the consumed text re-encodes to a prefix that decodes back to it exactly.
            if self._fast is not None:
                try:
                    guess = len(self._dec[:skip].encode(self._fast, self._errors))
                except UnicodeError:
                    guess = -1
                if 0 <= guess <= len(fed):
                    dec.setstate((b'', flags))
                    if len(dec.decode(fed[:guess])) == skip and dec.getstate() == (b'', 0):
                        return pos + guess
            dec.setstate((b'', flags))
            start, start_flags, feed, chars = pos, flags, 0, 0
            for i in range(len(fed)):
                feed += 1
                chars += len(dec.decode(fed[i:i + 1]))
                buf, f = dec.getstate()
                if not buf and chars <= skip:
                    start += feed
                    skip -= chars
                    start_flags = f
                    feed = chars = 0
                if chars >= skip:
                    break
            else:
                chars += len(dec.decode(b'', True))
                if chars < skip:
                    raise OSError("can't reconstruct logical file position")
                return self._pack(start, start_flags, feed, skip, 1)
            return self._pack(start, start_flags, feed, skip)
        finally:
            dec.setstate(saved)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._dec = ''
            self._decpos = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            res = self.buffer.seek(0, 2)
            if self._encoder is not None:
                if res == 0:
                    self._encoder.reset()
                else:
                    self._encoder.setstate(0)
            return res
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        cookie = _index(cookie)
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        m = (1 << 32) - 1
        start = cookie & ((1 << 64) - 1)
        flags = (cookie >> 64) & m
        feed = (cookie >> 96) & m
        skip = (cookie >> 128) & m
        need_eof = (cookie >> 160) & 255
        self.buffer.seek(start)
        self._dec = ''
        self._decpos = 0
        self._snapshot = None
        if cookie == 0 and self._decoder is not None:
            self._decoder.reset()
        elif self._decoder is not None or flags or skip:
            dec = self._decoder or self._get_decoder()
            dec.setstate((b'', flags))
            self._snapshot = (flags, b'')
        if skip:
            data = self.buffer.read(feed)
            self._snapshot = (flags, data)
            text = self._decoder.decode(data, bool(need_eof))
            if len(text) < skip:
                raise OSError("can't restore logical file position")
            self._dec = text
            self._decpos = skip
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def truncate(self, pos=None):
        self._checkClosed()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        self.flush()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        if errors is not None:
            self._errors = errors
        if encoding is not None:
            self._set_encoding(encoding)
            self._decoder = None
            self._make_encoder()
        elif errors is not None:
            self._decoder = None
            self._make_encoder()
        if newline is not Ellipsis:
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ''
            self._writenl = newline if newline else None
            self._decoder = None
        self._make_encoder()

    def __repr__(self):
        r = f'<{_tpname(self)}'
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            r += f' name={name!r}'
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            r += f' mode={mode!r}'
        return r + f' encoding={self._encoding!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    for _n, _v in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if _v is not None and not isinstance(_v, str):
            raise TypeError(f"open() argument '{_n}' must be str or None, not {type(_v).__name__}")
    if not isinstance(file, (int, float, complex)) and not isinstance(file, (str, bytes)):
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
        file = fspath(file)
        if not isinstance(file, (str, bytes)):
            raise TypeError(f'invalid file: {file!r}')
    if isinstance(file, (float, complex)):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", RuntimeWarning, 2)
    if reading and not updating and isinstance(file, str) and (not _h.have_fs or file.startswith('/usr/lib/python3.12/')):
        return _open_whole(file, mode, binary, encoding, errors, newline)
    rawmode = ('x' if creating else '') + ('r' if reading else '') + ('w' if writing else '') + ('a' if appending else '') + ('+' if updating else '')
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering < 0:
            raise ValueError('invalid buffering size')
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        elif reading:
            buffer = BufferedReader(raw, buffering)
        else:
            raise ValueError(f"unknown mode: '{mode}'")
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def _open_whole(file, mode, binary, encoding, errors, newline):
    # The stdlib's sources live in a zip, and a host without file descriptors can still read
    # whole files: the data is read at once into a BytesIO standing where the BufferedReader would.
    b = BytesIO(_bytescope_read(file))
    b.name = file
    b.mode = 'rb'
    if binary:
        return b
    t = TextIOWrapper(b, encoding, errors, newline)
    t.mode = mode
    return t


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')
`;
