a = b'\x00\xff'
b = b"it's"
