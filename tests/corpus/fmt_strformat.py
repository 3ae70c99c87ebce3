# str.format / format_map / f-strings: field names with attributes and indices, automatic and
# manual numbering, conversions, nested specs, escapes, and CPython's error messages.

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'P({self.x}, {self.y})'
    def __str__(self):
        return 'point'
    def __format__(self, spec):
        return f'<{spec}>' if spec else 'P!'

def show(fmt, *args, **kw):
    try:
        r = fmt.format(*args, **kw)
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(repr(fmt), '->', repr(r))

p = P(1, 2)
data = {'a': [10, 20, 30], 'b': {'k': 'v', '0': 'zero-str'}, 'name': 'Ada'}
show('{} {} {}', 1, 'two', 3.0)
show('{0} {1} {0}', 'a', 'b')
show('{2}{1}{0}', 'x', 'y', 'z')
show('{name} is {age:>5d} years', name='Bob', age=42)
show('{0.x},{0.y} {0!r} {0!s} {0!a} {0}', p)
show('{0[a][1]} {0[b][k]} {0[b][0]} {0[name]}', data)
show('{a[0]}{a[2]}', a='xyz')
show('{0[1]}', [5, 6])
show('{:{w}.{p}f}|{:>{w}}|{:{fill}{align}{w}}', 3.14159, 'r', 'c', w=10, p=3, fill='*', align='^')
show('{0:{1}{2}}', 42, '>', 8)
show('{!r:>10}|{!s:<10}|{!a:^12}', 'é', 'é', 'é')
show('{{}} {{{0}}} }}{{', 7)
show('{0:}|{0!r:}', 'x')
show('{:%Y}', p)
show('{:,} {:_} {:_x} {:#_b}', 1234567, 1234567, 0xdeadbeef, 255)
show('{0:{1:{2}}}', 'abc', 's', '')
show('{}', )
show('{0} {}', 1, 2)
show('{} {0}', 1, 2)
show('{5}', 1)
show('{x}', 1)
show('{0.missing}', p)
show('{0[9]}', [1])
show('{0[x}', [1])
show('{0]x}', [1])
show('{0.}', p)
show('{0[]}', [1])
show('{0.x.}', p)
show('{0[0]x}', [[1]])
show('{!}', 1)
show('{!x}', 1)
show('{!rr}', 1)
show('{!r', 1)
show('{0', 1)
show('{', 1)
show('}', 1)
show('a}b', 1)
show('{0:{', 1)
show('{:d}', 'x')
show('{:s}', 5)
show('{:.3}', 'abcdef')
show('{:=^+10.2f}', -3.5)
show('{0:{1}}', 5, 'x<')
show('{:{}}{}', 1, 2, 3)
show('{a{b}c}', 1)
show('{0.x[0]}', P([9, 8], 0))
show('{0!r:{1}}', 'x', 10)
show('{00}{01}', 'a', 'b')
show('{99999999999999999999}', 1)
show('{é}', **{'é': 'accent'})
show('\U0001f600{}\U0001f600{:\U0001f600^7}', 1, 2)  # astral fill and literal text
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y}'.format_map(Default(x=1)))
for fmt, arg in [('{0}', {}), ('{}', {})]:
    try:
        print(fmt.format_map(arg))
    except Exception as e:
        print(type(e).__name__, e)
x, w, prec = 1234.5678, 12, 2
print(f'{x:{w}.{prec}f}|{x:<{w},.1f}|{x!r:>{w}}|{"s"!r:^9}|{p}|{p:spec}|{p!r}|{x=:.1f}|{w=}')
print(f'{-0.0:z.1f} {-0.001:z.2f} {0.0:+z.1f} {-1e-9:z.3e} {-0.0:z}')
vals = [0, 1, -1, 123, 45678, -9, 2**40, 3.25, -0.5, 1e10, 'txt', True, None]
for spec in ['', '>8', '<8', '^9', '*>10', '08', '+', ',', 'x', '.3', '.2f', 'e', '%', 's', 'c', 'b']:
    row = []
    for v in vals:
        try:
            row.append(('{:' + spec + '}').format(v))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(spec), '|'.join(row))
