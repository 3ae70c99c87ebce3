s = 'a' 'b'
b = b'x' b'y'
u = '\u00e9\U0001f600'
