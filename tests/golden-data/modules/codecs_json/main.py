import codecs
import json

print(json.dumps({"a": [1, 2.5, None, True], "k": "x\n", "e": "é"}, indent=1, sort_keys=True))
print(json.loads('{"a": [1, 2.5, null, true], "b": "\\u00e9", "c": {"d": []}}'))
info = codecs.lookup('UTF-8')
print(type(info).__name__, info.name, codecs.lookup('latin1').name, codecs.lookup('ASCII').name)
print(codecs.encode('aé€', 'utf-8'), codecs.decode(b'a\xc3\xa9', 'utf-8'))
print(codecs.encode('aé€', 'ascii', 'backslashreplace'), codecs.encode('aé€', 'latin-1', 'replace'))
print(codecs.encode('aé€', 'ascii', 'xmlcharrefreplace'), codecs.encode('aé€', 'ascii', 'ignore'))
print(codecs.decode(b'a\xff\xe9', 'utf-8', 'replace'), repr(codecs.decode(b'a\xff', 'ascii', 'surrogateescape')))
print(codecs.encode('a\udcff', 'utf-8', 'surrogateescape'), codecs.encode('a\n\x00é\u20ac', 'unicode_escape'))
print(codecs.decode(b'a\\n\\u00e9\\x41\\101', 'unicode_escape'), codecs.decode(b'x\\u00e9\\n', 'raw_unicode_escape'))
print(codecs.encode('é☃', 'cp437', 'xmlcharrefreplace'), codecs.decode(b'\x82\xb0', 'cp437'))
for data in (b'a\xffb', b'\xe2\x82', b'\xed\xa0\x80'):
    try:
        codecs.decode(data, 'utf-8')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    codecs.encode('a€b', 'latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'a\xe2\x82')), repr(d.decode(b'\xac', final=True)))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
codecs.register_error('star', lambda exc: ('*' * (exc.end - exc.start), exc.end))
print(codecs.encode('a€€b', 'ascii', 'star'), codecs.decode(b'a\xff\xfeb', 'ascii', 'star'))
