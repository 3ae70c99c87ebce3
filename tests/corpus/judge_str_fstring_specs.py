name = 'Ada'
width = 10
prec = 3
value = 3.14159265
items = [1, 2, 3]
print(f'{name!r:>{width}}|{name!s:<{width}}|{name!a}')
print(f'{value:{width}.{prec}f}|{value:<{width}.{prec}}|{value:^+{width}.2e}')
print(f'{"nested " + f"{name.lower()}"}')
print(f'{items=}, {len(items) = }, {value = :.2f}, {name=!s}')
print(f'{1234567:,}|{1234567:_}|{0xff:#x}|{255:08b}|{-42:+05d}|{42:=+8}')
print(f'{"é":a}' if False else f'{"é"!a}')
print(f'{3.0:.0f}|{2.5:.0f}|{-0.0:.1f}|{1e10:.3g}|{123.456:10.1%}')
print(f'{{literal}} {{{name}}} }}{{')
print(f'{"a" "b"}{1:{"<"}{4}}|')
d = {'k': [10, 20]}
print(f"{d['k'][1]:>5}|{d!r}")
print(f'{"x":*^9}|{"y":->5}|{"z":_<3}|')
print(f'{12:c}{65:c}|{10:o}|{10:X}|{1.5:g}|{100000000.0:g}')
print(f'{None}|{None!r}|{True:5}|{False!s:>6}')
obj = object.__new__(type('P', (), {'__format__': lambda self, spec: f'<P:{spec}>'}))
print(f'{obj:anything goes}|{obj}|{obj:{width}}')
print(f'{"multi"}'
      f'{"line":>6}'
      'plain')
print(f'{value:.{prec}}|{value!r:.4}')
print(format(0.1, '.20f'), format(1/3, 'r') if False else format(12, 'n'))
for spec in ['d', '5d', '<5d', 'x', '#o', ',.2f', '.1e', 's']:
    try:
        print(spec, repr(format(255, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
try:
    print(f'{"abc":d}')
except ValueError as e:
    print(e)
try:
    print(f'{3.5:x}')
except ValueError as e:
    print(e)
