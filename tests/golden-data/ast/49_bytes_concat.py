a = b'abc' b'def'
b = b'\x00' rb'\x00'
c = (b'a'
     b'b')
