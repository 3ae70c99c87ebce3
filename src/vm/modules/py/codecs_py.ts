/**
 * `_codecs` in Python source (see ../pysource.ts): the codec registry (search functions, lookup
 * through the `encodings` package like CPython's codec registry), error handler registry with
 * CPython's builtin handlers, and the byte-level codecs utf-8, latin-1, ascii, charmap,
 * unicode_escape and raw_unicode_escape written as loops over code points.
 * Invariant: encoders return (bytes, consumed_chars), decoders (str, consumed_bytes).
 */
export const CODECS_SRC = String.raw`
"""Bytescope's _codecs"""

_search = []
_cache = {}
_errors = {}
_encodings_loaded = False

def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search.append(search_function)

def unregister(search_function, /):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()

def _normalize(encoding):
    return encoding.lower().replace(' ', '_')

def lookup(encoding, /):
    global _encodings_loaded
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings
    for func in _search:
        result = func(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = result
        return result
    raise LookupError(f'unknown encoding: {encoding}')

def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)

def encode(obj, encoding='utf-8', errors='strict'):
    res = lookup(encoding)[0](obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return res[0]

def decode(obj, encoding='utf-8', errors='strict'):
    res = lookup(encoding)[1](obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('decoder must return a tuple (object, integer)')
    return res[0]

# -- error handlers --------------------------------------------------------------------------

def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _errors[errors] = handler

def lookup_error(name, /):
    try:
        return _errors[name]
    except KeyError:
        raise LookupError(f'unknown error handler name {name!r}') from None

def _bad(exc):
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")

def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')

def ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    _bad(exc)

def replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _bad(exc)

def _hexesc(c):
    h = hex(c)[2:]
    if c < 0x100:
        return '\\x' + h.zfill(2)
    if c < 0x10000:
        return '\\u' + h.zfill(4)
    return '\\U' + h.zfill(8)

def backslashreplace_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join([_hexesc(b) for b in exc.object[exc.start:exc.end]]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join([_hexesc(ord(ch)) for ch in exc.object[exc.start:exc.end]]), exc.end)
    _bad(exc)

def xmlcharrefreplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(['&#%d;' % ord(ch) for ch in exc.object[exc.start:exc.end]]), exc.end)
    _bad(exc)

def surrogateescape_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xDC80 <= c <= 0xDCFF:
                raise exc
            out.append(c - 0xDC00)
        return (bytes(out), exc.end)
    _bad(exc)

def _pass_kind(exc):
    # get_standard_encoding: only the UTF codecs can carry surrogates.
    enc = exc.encoding.lower().replace('_', '-')
    if enc in ('utf-8', 'utf8'):
        return 'utf-8'
    raise exc

def surrogatepass_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        _pass_kind(exc)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xD800 <= c <= 0xDFFF:
                raise exc
            out += bytes((0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)))
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        obj = exc.object
        s = exc.start
        if s + 3 <= len(obj) and obj[s] & 0xF0 == 0xE0:
            c = ((obj[s] & 0x0F) << 12) | ((obj[s + 1] & 0x3F) << 6) | (obj[s + 2] & 0x3F)
            if 0xD800 <= c <= 0xDFFF:
                return (chr(c), s + 3)
        raise exc
    _bad(exc)

def namereplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        try:
            from unicodedata import name as _name
        except ImportError:
            _name = None
        out = []
        for ch in exc.object[exc.start:exc.end]:
            n = None
            if _name is not None:
                try:
                    n = _name(ch)
                except ValueError:
                    n = None
            out.append('\\N{%s}' % n if n else _hexesc(ord(ch)))
        return (''.join(out), exc.end)
    _bad(exc)

_errors.update({
    'namereplace': namereplace_errors,
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
    'surrogateescape': surrogateescape_errors, 'surrogatepass': surrogatepass_errors,
})

def _mkexc(cls, enc, obj, start, end, reason):
    # The VM's Unicode*Error types keep only args; give them CPython's attributes.
    exc = cls(enc, obj, start, end, reason)
    if not hasattr(exc, 'object'):
        exc.encoding = enc; exc.object = obj; exc.start = start; exc.end = end; exc.reason = reason
    return exc

def _enc_error(errors, enc, s, start, end, reason):
    exc = _mkexc(UnicodeEncodeError, enc, s, start, end, reason)
    res = lookup_error(errors)(exc)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    rep, pos = res
    if pos < 0:
        pos += len(s)
    if not 0 <= pos <= len(s):
        raise IndexError(f'position {pos} from error handler out of bounds')
    return rep, pos

def _dec_error(errors, enc, data, start, end, reason):
    exc = _mkexc(UnicodeDecodeError, enc, data, start, end, reason)
    res = lookup_error(errors)(exc)
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str):
        raise TypeError('decoding error handler must return (str, int) tuple')
    rep, pos = res
    if pos < 0:
        pos += len(data)
    if not 0 <= pos <= len(data):
        raise IndexError(f'position {pos} from error handler out of bounds')
    return rep, pos

def _as_str(obj, fname):
    if not isinstance(obj, str):
        raise TypeError(f"{fname}() argument 1 must be str, not {type(obj).__name__}")
    return obj

def _as_bytes(obj, fname):
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, (bytearray, memoryview)):
        return bytes(obj)
    if isinstance(obj, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")

def _limited_encode(enc, limit, s, errors):
    # Encoders whose code points map 1:1 to bytes below 'limit' (ascii, latin-1).
    out = bytearray()
    n = len(s)
    i = 0
    reason = 'ordinal not in range(%d)' % limit
    while i < n:
        c = ord(s[i])
        if c < limit:
            out.append(c)
            i += 1
            continue
        j = i + 1
        while j < n and ord(s[j]) >= limit:
            j += 1
        if errors == 'strict':
            raise _mkexc(UnicodeEncodeError, enc, s, i, j, reason)
        rep, i = _enc_error(errors, enc, s, i, j, reason)
        if isinstance(rep, str):
            for k, ch in enumerate(rep):
                if ord(ch) >= limit:
                    raise _mkexc(UnicodeEncodeError, enc, s, i, i + 1, reason)
                out.append(ord(ch))
        else:
            out += rep
    return bytes(out)

def ascii_encode(input, errors=None, /):
    s = _as_str(input, 'ascii_encode')
    return (_limited_encode('ascii', 128, s, errors or 'strict'), len(s))

def latin_1_encode(input, errors=None, /):
    s = _as_str(input, 'latin_1_encode')
    return (_limited_encode('latin-1', 256, s, errors or 'strict'), len(s))

def ascii_decode(data, errors=None, final=False, /):
    data = _as_bytes(data, 'ascii_decode')
    errors = errors or 'strict'
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < 128:
            out.append(chr(b))
            i += 1
            continue
        if errors == 'strict':
            raise _mkexc(UnicodeDecodeError, 'ascii', data, i, i + 1, 'ordinal not in range(128)')
        rep, i = _dec_error(errors, 'ascii', data, i, i + 1, 'ordinal not in range(128)')
        out.append(rep)
    return (''.join(out), n)

def latin_1_decode(data, errors=None, final=False, /):
    data = _as_bytes(data, 'latin_1_decode')
    return (''.join([chr(b) for b in data]), len(data))

def utf_8_encode(input, errors=None, /):
    s = _as_str(input, 'utf_8_encode')
    errors = errors or 'strict'
    out = bytearray()
    n = len(s)
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out.append(0xC0 | (c >> 6)); out.append(0x80 | (c & 0x3F))
        elif 0xD800 <= c <= 0xDFFF:
            j = i + 1
            while j < n and 0xD800 <= ord(s[j]) <= 0xDFFF:
                j += 1
            if errors == 'strict':
                raise _mkexc(UnicodeEncodeError, 'utf-8', s, i, j, 'surrogates not allowed')
            rep, i = _enc_error(errors, 'utf-8', s, i, j, 'surrogates not allowed')
            if isinstance(rep, str):
                for ch in rep:
                    if ord(ch) >= 128:
                        raise _mkexc(UnicodeEncodeError, 'utf-8', s, i - 1, i, 'surrogates not allowed')
                    out.append(ord(ch))
            else:
                out += rep
            continue
        elif c < 0x10000:
            out.append(0xE0 | (c >> 12)); out.append(0x80 | ((c >> 6) & 0x3F)); out.append(0x80 | (c & 0x3F))
        else:
            out.append(0xF0 | (c >> 18)); out.append(0x80 | ((c >> 12) & 0x3F))
            out.append(0x80 | ((c >> 6) & 0x3F)); out.append(0x80 | (c & 0x3F))
        i += 1
    return (bytes(out), n)

def _utf8_seq(data, i, n):
    # -> (code point or -1, end, reason); reason None when valid, 'partial' when truncated.
    b = data[i]
    if b < 0x80:
        return b, i + 1, None
    if 0xC2 <= b <= 0xDF:
        need, c, lo, hi = 1, b & 0x1F, 0x80, 0xBF
    elif 0xE0 <= b <= 0xEF:
        need, c = 2, b & 0x0F
        lo, hi = (0xA0, 0xBF) if b == 0xE0 else (0x80, 0x9F) if b == 0xED else (0x80, 0xBF)
    elif 0xF0 <= b <= 0xF4:
        need, c = 3, b & 0x07
        lo, hi = (0x90, 0xBF) if b == 0xF0 else (0x80, 0x8F) if b == 0xF4 else (0x80, 0xBF)
    else:
        return -1, i + 1, 'invalid start byte'
    j = i + 1
    for k in range(need):
        if j >= n:
            return -1, j, 'partial'
        x = data[j]
        if not (lo <= x <= hi if k == 0 else 0x80 <= x <= 0xBF):
            return -1, j, 'invalid continuation byte'
        c = (c << 6) | (x & 0x3F)
        j += 1
    return c, j, None

def utf_8_decode(data, errors=None, final=False, /):
    data = _as_bytes(data, 'utf_8_decode')
    errors = errors or 'strict'
    out = []
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        c, j, reason = _utf8_seq(data, i, n)
        if reason is None:
            out.append(chr(c))
            i = j
            continue
        if reason == 'partial':
            if not final:
                break
            reason = 'unexpected end of data'
        if errors == 'strict':
            raise _mkexc(UnicodeDecodeError, 'utf-8', data, i, j, reason)
        rep, i = _dec_error(errors, 'utf-8', data, i, j, reason)
        out.append(rep)
    return (''.join(out), i)

def charmap_build(map, /):
    return {ord(ch): i for i, ch in enumerate(map)}

def charmap_decode(data, errors=None, mapping=None, /):
    data = _as_bytes(data, 'charmap_decode')
    errors = errors or 'strict'
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            ch = mapping[b]
        except (LookupError, TypeError):
            ch = None
        if isinstance(ch, int):
            ch = chr(ch)
        if ch is None or ch == '\ufffe':
            if errors == 'strict':
                raise _mkexc(UnicodeDecodeError, 'charmap', data, i, i + 1, 'character maps to <undefined>')
            rep, i = _dec_error(errors, 'charmap', data, i, i + 1, 'character maps to <undefined>')
            out.append(rep)
            continue
        out.append(ch)
        i += 1
    return (''.join(out), n)

def charmap_encode(input, errors=None, mapping=None, /):
    s = _as_str(input, 'charmap_encode')
    errors = errors or 'strict'
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    reason = 'character maps to <undefined>'
    while i < n:
        try:
            b = mapping[ord(s[i])]
        except LookupError:
            b = None
        if b is None:
            # The error range is the whole run of unmappable characters (charmap_encoding_error).
            j = i + 1
            while j < n:
                try:
                    if mapping[ord(s[j])] is not None:
                        break
                except LookupError:
                    pass
                j += 1
            if errors == 'strict':
                raise _mkexc(UnicodeEncodeError, 'charmap', s, i, j, reason)
            start, end = i, j
            rep, i = _enc_error(errors, 'charmap', s, i, j, reason)
            if isinstance(rep, str):
                try:
                    rep = charmap_encode(rep, 'strict', mapping)[0]
                except UnicodeEncodeError:
                    raise _mkexc(UnicodeEncodeError, 'charmap', s, start, end, reason) from None
            out += rep
            continue
        if isinstance(b, int):
            out.append(b)
        else:
            out += b
        i += 1
    return (bytes(out), n)

_SIMPLE_ESC = {'\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\'}

def unicode_escape_encode(input, errors=None, /):
    s = _as_str(input, 'unicode_escape_encode')
    out = []
    for ch in s:
        e = _SIMPLE_ESC.get(ch)
        if e is not None:
            out.append(e)
            continue
        c = ord(ch)
        if 32 <= c < 127:
            out.append(ch)
        else:
            out.append(_hexesc(c))
    return (bytes([ord(ch) for ch in ''.join(out)]), len(s))

def raw_unicode_escape_encode(input, errors=None, /):
    s = _as_str(input, 'raw_unicode_escape_encode')
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += bytes([ord(ch) for ch in _hexesc(c)])
        else:
            out += bytes([ord(ch) for ch in _hexesc(c)])
    return (bytes(out), len(s))

_ESC_DEC = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
            'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a'}

def _escape_decode(data, errors, raw, enc):
    out = []
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if b != 0x5C or i + 1 >= n:
            if b == 0x5C and not raw:
                if errors == 'strict':
                    raise _mkexc(UnicodeDecodeError, enc, data, i, n, '\\ at end of string')
                rep, i = _dec_error(errors, enc, data, i, n, '\\ at end of string')
                out.append(rep)
                continue
            out.append(chr(b))
            i += 1
            continue
        c = chr(data[i + 1])
        if raw and c not in 'uU':
            out.append('\\')
            i += 1
            continue
        if not raw and c in _ESC_DEC:
            out.append(_ESC_DEC[c])
            i += 2
            continue
        if not raw and c in '01234567':
            j = i + 1
            v = 0
            while j < n and j < i + 4 and chr(data[j]) in '01234567':
                v = v * 8 + data[j] - 48
                j += 1
            out.append(chr(v))
            i = j
            continue
        width = {'x': 2, 'u': 4, 'U': 8}.get(c) if not raw else {'u': 4, 'U': 8}[c]
        if width is None:
            out.append('\\' + c)
            i += 2
            continue
        digits = data[i + 2:i + 2 + width]
        try:
            ok = len(digits) == width and all(chr(d) in '0123456789abcdefABCDEF' for d in digits)
            v = int(''.join([chr(d) for d in digits]), 16) if ok else -1
        except ValueError:
            v = -1
        if v < 0 or v > 0x10FFFF:
            reason = ('truncated \\%sXXXX escape' % c if width != 2 else 'truncated \\xXX escape') if v < 0 else 'illegal Unicode character'
            if c == 'U' and v < 0:
                reason = 'truncated \\UXXXXXXXX escape'
            end = i + 2
            while end < n and end < i + 2 + width and chr(data[end]) in '0123456789abcdefABCDEF':
                end += 1
            if errors == 'strict':
                raise _mkexc(UnicodeDecodeError, enc, data, i, end, reason)
            rep, i = _dec_error(errors, enc, data, i, end, reason)
            out.append(rep)
            continue
        out.append(chr(v))
        i += 2 + width
    return ''.join(out)

def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = bytes([ord(ch) for ch in data])
    data = _as_bytes(data, 'unicode_escape_decode')
    return (_escape_decode(data, errors or 'strict', False, 'unicodeescape'), len(data))

def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = bytes([ord(ch) for ch in data])
    data = _as_bytes(data, 'raw_unicode_escape_decode')
    return (_escape_decode(data, errors or 'strict', True, 'rawunicodeescape'), len(data))

# Codec functions are stored as class attributes by the encodings modules (CPython's builtin
# functions do not bind); staticmethod objects are callable and do not bind either.
for _n in ('ascii_encode', 'ascii_decode', 'latin_1_encode', 'latin_1_decode', 'utf_8_encode',
           'utf_8_decode', 'charmap_encode', 'charmap_decode', 'charmap_build',
           'unicode_escape_encode', 'unicode_escape_decode', 'raw_unicode_escape_encode',
           'raw_unicode_escape_decode', 'lookup', 'encode', 'decode', 'lookup_error', 'register_error'):
    globals()[_n] = staticmethod(globals()[_n])
del _n

# The byte-level codecs run natively (modules/codecs_native.ts); the loops above remain the
# reference the natives replace.
from _bytescope_codecs import (
    utf_8_encode, utf_8_decode, ascii_encode, ascii_decode, latin_1_encode, latin_1_decode,
    utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode, utf_16_be_encode,
    utf_16_be_decode, utf_16_ex_decode, utf_32_encode, utf_32_decode, utf_32_le_encode,
    utf_32_le_decode, utf_32_be_encode, utf_32_be_decode, utf_32_ex_decode)
`;
