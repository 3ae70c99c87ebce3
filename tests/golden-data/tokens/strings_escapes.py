'\n\t\\\''
"\""
'\x41\u00e9\N{BULLET}'
b'\xff'
