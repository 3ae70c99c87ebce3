# str.encode / bytes.decode through every fast-path codec and the codec registry (encodings
# package), with each builtin error handler, custom handlers, and CPython's exception messages
# and attributes.
import codecs

def enc(s, e, err='strict'):
    try:
        return repr(s.encode(e, err))
    except Exception as x:
        return f'{type(x).__name__}: {x}' + (f' [{x.start}:{x.end}]' if isinstance(x, UnicodeError) else '')

def dec(b, e, err='strict'):
    try:
        return repr(b.decode(e, err))
    except Exception as x:
        return f'{type(x).__name__}: {x}' + (f' [{x.start}:{x.end}]' if isinstance(x, UnicodeError) else '')

texts = ['', 'plain ascii', 'café', 'naïve résumé', '€uro', 'Ωmega', '日本語テキスト', '\U0001f600 smile', 'mixed é€😀x',
         'a\udc80b', 'x\udcff\udc80y', 'lone\ud800', '\udfff', 'tab\t\x00nul', '\xff\xfe', 'Ā', '\u20ac\u2122\u0152']
encodings = ['utf-8', 'UTF8', 'utf_8', 'ascii', 'US-ASCII', 'latin-1', 'Latin1', 'iso-8859-1', 'ISO8859-1',
             'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf-32-le', 'utf_32_be', 'cp1252', 'windows-1252',
             'iso8859-15', 'cp437', 'mac-roman', 'koi8-r']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']
n = 0
for e in encodings:
    for t in texts:
        print(e, repr(t), ' | '.join(enc(t, e, h) for h in handlers))
        n += len(handlers)

blobs = [b'', b'hello', b'caf\xc3\xa9', b'caf\xe9', b'\xff\xfe', b'\xef\xbb\xbfbom', b'\xe2\x82', b'\xe2\x82\xac',
         b'\xc3(', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\x80\x81abc\xfe',
         b'\xff\xfea\x00b\x00', b'\xfe\xff\x00a\x00b', b'a\x00\x00\xd8b\x00', b'\x00\xdc\x00\x00', b'a\x00b',
         b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'\x80\x8d\x9d\xa0\xff']
decodings = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
             'cp1252', 'cp437', 'utf-8-sig', 'koi8-r']
dhandlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']
for e in decodings:
    for b in blobs:
        print(e, repr(b), ' | '.join(dec(b, e, h) for h in dhandlers))
        n += len(dhandlers)

# bytearray / memoryview / str() / bytes() entry points
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'caf\xe9').decode('latin-1'), str(b'caf\xc3\xa9', 'utf-8'),
      str(b'\xff', 'ascii', 'replace'), str(b'abc', errors='strict'), str(memoryview(b'xyz'), 'ascii'),
      bytes('café', 'utf-8'), bytes('café', 'latin-1'), bytes('€', 'cp1252'), bytearray('é', 'utf-16'))
for call in [lambda: str('abc', 'utf-8'), lambda: str(5, 'utf-8'), lambda: bytes('abc'), lambda: bytes('abc', 5),
             lambda: 'x'.encode(5), lambda: b'x'.decode(errors=5), lambda: 'x'.encode('no-such-codec'),
             lambda: b'x'.decode('no-such-codec'), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'),
             lambda: 'é'.encode('ascii', 'no-such-handler'), lambda: 'x'.encode('ascii', 'no-such-handler'),
             lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'), lambda: 'ab'.encode(encoding='utf-16-le'),
             lambda: b'a'.decode(encoding='ascii', errors='ignore')]:
    try:
        print(repr(call()))
    except Exception as x:
        print(type(x).__name__, x)

# exception objects
try:
    'naïve'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.encoding, repr(x.object), x.start, x.end, x.reason, x.args)
    x.start = 0
    x.end = 5
    print(x)
    x.reason = 'changed'
    print(str(x), repr(x))
try:
    b'ab\xffcd\xfe'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason)
    x.end = 6
    print(x)
e = UnicodeEncodeError('enc', 'abc\U0001f600', 3, 4, 'why')
print(e, e.args, e.object)
e = UnicodeDecodeError('dec', bytearray(b'xy'), 0, 2, 'because')
print(e, type(e.object).__name__)
e = UnicodeTranslateError('\u20ac', 0, 1, 'nope')
print(e, e.encoding)
for args in [(), ('a',), ('a', 'b', 0, 1, 2), (1, 'b', 0, 1, 'r'), ('a', b'b', 0, 1, 'r'), ('a', 'b', 'x', 1, 'r')]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as x:
        print('TypeError', x)
print(repr(UnicodeError('plain')), issubclass(UnicodeDecodeError, ValueError), hasattr(UnicodeError('plain'), 'encoding'))

# custom error handlers
def hexify(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('<%x>' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    return '[' + exc.object[exc.start:exc.end].hex() + ']', exc.end
codecs.register_error('hexify', hexify)
codecs.register_error('skip2', lambda exc: ('', exc.end + 1))
codecs.register_error('back', lambda exc: ('?', -1))
codecs.register_error('badret', lambda exc: 'oops')
codecs.register_error('bytesrep', lambda exc: (b'!!', exc.end))
codecs.register_error('nonascii', lambda exc: ('\xe9', exc.end))
for t, e in [('añb€c', 'ascii'), ('añb€c', 'latin-1'), ('a\udc80b', 'utf-8'), ('añb€c', 'cp1252'), ('x\udc80y', 'utf-16-le')]:
    print(e, ' | '.join(enc(t, e, h) for h in ['hexify', 'skip2', 'badret', 'bytesrep', 'nonascii']))
for b, e in [(b'a\xffb\xfec', 'utf-8'), (b'a\xffb', 'ascii'), (b'a\x00\x00\xd8', 'utf-16-le'), (b'\x81\x8d', 'cp1252')]:
    print(e, ' | '.join(dec(b, e, h) for h in ['hexify', 'skip2', 'badret', 'bytesrep']))
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup('UTF-8').name, codecs.lookup('latin1').name,
      codecs.lookup('cp1252').name, codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot13'),
      codecs.encode('é', 'utf-16-be'), codecs.decode(b'\x00\xe9', 'utf-16-be'), codecs.utf_8_decode(b'ab\xe2\x82', 'strict', False),
      codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
try:
    codecs.lookup_error('nope')
except LookupError as x:
    print('LookupError', x)
inc = codecs.getincrementaldecoder('utf-8')()
print([inc.decode(bytes([c])) for c in 'é€😀'.encode()], repr(inc.decode(b'', final=True)))
print(n)
