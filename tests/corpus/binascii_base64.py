# binascii (hex, base64, crc32, crc_hqx) and the modules standing on it: base64, secrets.
import binascii, base64, secrets

print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(bytearray(b'xyz')), binascii.hexlify(b'abcdef', '-', 2), binascii.hexlify(b'abcde', b':', -2))
print(binascii.unhexlify(b'00ff6162'), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(''))
for bad in ('abc', 'zz', b'0g', 'é0'):
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in (5, None):
    try:
        binascii.unhexlify(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify('str')
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__)

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False) == enc[:-1], binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64('Zm9v\nYmFy'), binascii.a2b_base64(b'Zm9vYg=='), binascii.a2b_base64(b'Zm9vYg==trailing'), binascii.a2b_base64(b'Z!m@9#v$'))
for bad in (b'Zm9vY', b'Zm9vYg', b'Zm9vYg=', b'a', b'abcde'):
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print('Error', e)
for bad in (b'=Zm9v', b'Zm9v=', b'Zm9vYg==x', b'Zm9v!Yg==', b'Zm9vYg=a=', b'Zm9vYg=='):
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print('Error', e)
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'abc', 0))
try:
    binascii.crc_hqx(b'abc')
except TypeError as e:
    print(type(e).__name__, e)

print(base64.b64encode(b'any carnal pleas'), base64.b64decode('YW55IGNhcm5hbCBwbGVhcw=='))
print(base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.urlsafe_b64decode(b'-_-_'), base64.standard_b64encode(b'x'))
print(base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'), base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='))
print(base64.b85encode(b'hello'), base64.a85encode(b'hello'), base64.encodebytes(b'x' * 60))
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('Error', e)
try:
    base64.b64decode('ab$c', validate=True)
except binascii.Error as e:
    print('Error', e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(12)), secrets.compare_digest(b'a', b'a'), 0 <= secrets.randbelow(10) < 10)
print(all(c in '0123456789abcdef' for c in secrets.token_hex(8)), secrets.choice('z'))
