s = 'abc'
b = b'\x00\xff'
u = 'caf\u00e9'
t = 'a' 'b'
