# printf-style % formatting of str and bytes: every conversion, flag, width/precision (incl. *),
# mapping keys, and the errors CPython raises.

def show(fmt, args):
    try:
        r = fmt % args
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(repr(fmt), '->', repr(r))

ints = [0, 1, -1, 5, -5, 7, 42, -42, 255, 256, 1000, -1000, 65535, 123456789,
        -987654321, 2**31, -2**31, 2**63, -2**64 - 1, 10**20, True, False]
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '#-', '+#', '- ', '+ ', '#0+', '-#+ 0']
widths = ['', '1', '5', '12']
precs = ['', '.0', '.3', '.10']
count = 0
for conv in 'diouxX':
    for fl in flags:
        for w in widths:
            for p in precs:
                fmt = '%' + fl + w + p + conv
                out = []
                for v in ints:
                    out.append(fmt % v)
                    count += 1
                print(fmt, '|'.join(out))

floats = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 3.14159265358979, -2.718281828459045, 1e-5, 1.5e-7,
          123456.789, 1e16, 1.2345e22, -9.99e-300, 5e-324, 1.7976931348623157e308, 0.125,
          0.375, 2.675, 1e100, float('inf'), float('-inf'), float('nan'), 100, -7]
for conv in 'eEfFgG':
    for fl in ['', '-', '+', ' ', '#', '0', '+0', '#0', '-#']:
        for w in ['', '8', '15']:
            for p in ['', '.0', '.1', '.4', '.12', '.20']:
                fmt = '%' + fl + w + p + conv
                out = []
                for v in floats:
                    out.append(fmt % v)
                    count += 1
                print(fmt, '|'.join(out))

objs = ['', 'a', 'hello', 'héllo', '日本語', 'x\ny', "it's", 42, 3.5, None, [1, 'a'], (1,), b'by', {'k': 1}]
for conv in 'sra':
    for fl in ['', '-']:
        for w in ['', '3', '10']:
            for p in ['', '.0', '.2', '.5']:
                fmt = '%' + fl + w + p + conv
                print(fmt, '|'.join(fmt % (v,) for v in objs))
                count += len(objs)

for v in [65, 97, 0x263a, 0x1f600, 'x', 'é']:
    for fmt in ['%c', '%3c', '%-3c|', '%03c']:
        show(fmt, v)

# star width/precision
print('%*d|%-*d|%.*f|%*.*f|%*s|' % (5, 42, 5, 42, 2, 3.14159, 10, 3, 2.71828, -6, 'ab'))
show('%*d', (3.0, 4))
show('%.*f', ('x', 1.5))

# mapping keys
d = {'name': 'Ada', 'n': 3, 'x': 2.5, 'a(b)': 'paren'}
show('%(name)s has %(n)03d items costing %(x).2f', d)
show('%(name)-8s|%(name)8s|', d)
show('%(a(b))s', d)
show('%(missing)s', d)
show('%(name)s %s', d)
show('%s', d)
show('%(name)s', ('Ada',))
show('%(name', d)

# errors
for fmt, args in [('%d', 'x'), ('%x', 3.5), ('%o', '7'), ('%d', None), ('%f', 'x'), ('%c', 'ab'),
                  ('%c', 2**40), ('%c', -1), ('%c', 1.5), ('%d %d', (1,)), ('%d', (1, 2)), ('abc', 5),
                  ('abc', ()), ('abc', []), ('%', 1), ('%-', 1), ('%5', 1), ('%.', 1), ('%z', 1),
                  ('%5%', ()), ('%%%d%%', 5), ('ab%ycd', 1), ('%é', 1), ('%d', 1j), ('%d', float('nan')),
                  ('%d', float('inf')), ('%i', 3.99), ('%u', -3.99), ('%x', -255), ('%#X', -255),
                  ('%#o', 0), ('%.0d', 0), ('%s %s', [1, 2]), ('%r', 'é'), ('%a', 'é😀'),
                  ('%ld %hd %Lf', (1, 2, 3.0)), ('%*s', ('x', 'y')), ('%.*s', (2**40, 'y'))]:
        show(fmt, args)

class Num:
    def __repr__(self): return 'Num()'
    def __index__(self): return 77
    def __float__(self): return 2.5
class OnlyFloat:
    def __repr__(self): return 'OnlyFloat()'
    def __float__(self): return 1.25
class Weird:
    def __str__(self): return 'W-str'
    def __repr__(self): return 'W-repr'
for fmt in ['%d', '%x', '%c', '%f', '%s', '%r', '%e']:
    for obj in [Num(), OnlyFloat(), Weird()]:
        show(fmt, (obj,))

# bytes
for fmt, args in [(b'%s|%b', (b'ab', bytearray(b'cd'))), (b'%5s|%-5b|', (b'x', b'y')), (b'%d %i %x %X %o', (1, -2, 255, 255, 8)),
                  (b'%#x %#o %+d % d %05d', (255, 8, 3, 3, -3)), (b'%.2f %e %g %G', (3.14159, 12345.678, 1e-10, 1e20)),
                  (b'%c%c%c', (65, b'B', bytearray(b'C'))), (b'%r %a', ('\xe9', b'\xff')), (b'%(k)s', {b'k': b'v'}),
                  (b'%s', 'str'), (b'%c', 256), (b'%c', 'x'), (b'%d', b'1'), (b'%f', 'x'), (b'%d %d', (1,)), (b'%d', (1, 2)),
                  (b'abc', 1), (b'%y', 1), (b'%', ()), (b'%5.1s|', b'abc'), (bytearray(b'%d-%s'), (5, b'z'))]:
    show(fmt, args)
print(count)
