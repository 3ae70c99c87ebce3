# format() / str.format / f-string format-spec mini-language for int, bool, float, complex, str,
# None and user classes: fill/align, sign, z, #, 0, width, grouping, precision, every type code.

def show(v, spec):
    try:
        r = format(v, spec)
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    return r

ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 4096, -65536, 123456789, -2**31, 2**53 + 1, 10**18, -10**25, True, False]
count = 0
for t in ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'F', 'G', 's']:
    for pre in ['', '#', '+', ' ', '-', '0', '#0', '+#', '08', '#010', '*^12', '<9', '>9', '^9', '=9', '0=9', 'x<6', '+,', '_', '#_', ',', '015,', '015_', '#017_', '.2', 'z', '>+#12_']:
        spec = pre + t
        print(repr(spec), '|'.join(show(v, spec) for v in ints))
        count += len(ints)

floats = [0.0, -0.0, 1.0, -1.0, 0.1, -0.5, 1.5, 2.5, 3.141592653589793, -2.718281828459045, 1e-4, 1e-5, 9.999e-5,
          123456.789, 1234567.0, 1e15, 1e16, 1e17, 1.5e300, 5e-324, 2.675, 0.125, 1.005, 99.995,
          float('inf'), float('-inf'), float('nan'), -1e-7, 12345678.9]
for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']:
    for pre in ['', '.0', '.1', '.3', '.10', '.17', '#', '#.0', '+', ' ', 'z', 'z.1', '10', '<12', '^12', '012', '0=12.2', '*>15.3', ',', '_.2', '015,.2', '+#,.1', '.3z', '#.3']:
        spec = pre + t
        print(repr(spec), '|'.join(show(v, spec) for v in floats))
        count += len(floats)

cplx = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float('inf'), float('nan')), 3.14159 + 2.71828j]
for t in ['', 'e', 'f', 'g', 'G', 'n', '%', 'd']:
    for pre in ['', '.2', '+', '>30', '<30', '^30.3', '*^25', '#', 'z.1', '0', '=20', ',.2', '_']:
        spec = pre + t
        print(repr(spec), '|'.join(show(v, spec) for v in cplx))
        count += len(cplx)

strs = ['', 'a', 'hello', 'héllo wörld', '日本語', '😀x😀', 'tab\there']
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '8.3', '😀>8', '-^7', '+', ' ', '#', '010', '=10', 'z', 'd', ',', '_s', '.0', '>.1', '10.2s']:
    print(repr(spec), '|'.join(show(v, spec) for v in strs))
    count += len(strs)

# Spec-parser errors
for spec in ['.', '5.', ',_', '_,', '<<<', 'xx', '10.2.3', '=', '99999999999999999999', '.99999999999999999999', ',c', '_n', ',x', '_c', ',s', ',b', '\x01', 'é', '5\x80']:
    print(repr(spec), show(7, spec), '/', show(7.5, spec), '/', show('s', spec), '/', show(1j, spec))
print(show(65, 'c'), show(0x1F600, 'c'), show(0x110000, 'c'), show(-1, 'c'), show(65, '+c'), show(65, '#c'), show(65, '>5c'), show(10**30, 'c'))

# None, object, user classes
print(show(None, ''), show(None, '>10'), show(object(), '')[:16], show([1], ''), show([1], 'x'))
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec or ".2f"}}'
class Bad:
    def __format__(self, spec): return 42
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str):
    def __str__(self): return 'MyStr!'
print(show(Money(3.14159), ''), show(Money(2), '>10.1f'), show(Bad(), ''), show(MyInt(5), ''), show(MyInt(5), 'x'),
      show(MyInt(5), 'q'), show(MyFloat(2.5), ''), show(MyFloat(2.5), 'e'), show(MyFloat(2.5), 'q'), show(MyStr('ab'), ''), show(MyStr('ab'), '>4'),
      show(True, ''), show(True, 'd'), show(False, '>6'), show(True, 'f'), show(True, 's'))
for args in [(5,), (5, 3), (5, None)]:
    try:
        print(format(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    (5).__format__(3)
except TypeError as e:
    print('TypeError:', e)
print(count)
