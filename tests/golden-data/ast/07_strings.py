s = 'single'
d = "double"
t = """triple
quoted"""
r = r'raw\n'
b = b'bytes'
rb = rb'\x00'
br = Br"x"
u = u'unicode'
cat = 'a' 'b' "c"
bcat = b'a' b'b'
esc = '\n\t\\\'\x41\u00e9\U0001F600\101'
bes = b'\x00\xff\n\0'
empty = ''
uni = 'héllo wörld ☃'
multi = ('abc'
         'def')
cont = 'a\
b'
