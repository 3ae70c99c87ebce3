import re, sys, gc, copy
m = re.match(r'(?P<a>\w)(\w)?(x)?', 'ab')
print(type(m), type(m).__module__, type(m).__qualname__, re.Match, m.__class__.__name__)
print(sorted(k for k in type(m).__dict__ if not k.startswith('__') or k in ('__getitem__', '__repr__', '__copy__')))
print(m[0], m['a'], m[2], m[3], m.group(0, 'a', 3), m.groups(), m.groups(default='-'), m.groupdict(), m.groupdict('z'))
print(m.span(), m.span(2), m.start('a'), m.end(3), m.regs, m.regs is m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re, m.string, m.expand(r'<\2\g<a>>'), copy.copy(m) is m, copy.deepcopy(m) is m, bool(m))
print(sys.getsizeof(m), sys.getsizeof(re.match('a', 'a')), gc.is_tracked(m), re.Match[str])
for bad in (4, -1, 'zz', 1.5, None):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
print(m.group(True), m.span(False), m.start(), m.end())
try:
    m.start(1, 2)
except TypeError as e:
    print('TypeError', e)
print(repr(re.match('.*', 'x' * 80)))
print(repr(re.search(rb'b+', b'abbbc')), repr(re.match('', '')))
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__, next(it), [x.group() for x in it])
sc = re.compile(r'\d').scanner('1a2', 0)
print(type(sc), sc.pattern, sc.match(), sc.match(), sc.search(), sc.search())
print(re.compile('(a)(b)?').match('a').regs, re.compile('a').match('ba', 1).pos, re.compile('a').search('aaa', 1, 2))
ms = [m for m in re.finditer('a', 'aaa', 1)]
print([(x.pos, x.endpos, x.span()) for x in ms], re.compile('a').search('xa', endpos=1))
print(re.sub('(a)', lambda mm: mm.group(1).upper() + str(mm.pos) + str(mm.endpos), 'banana'))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?P<n>a)', 'a').lastgroup, re.match(r'a', 'a').lastindex)
p = re.compile(r'(\w)(\d)?')
print(type(re.Pattern.match).__name__, type(p.findall).__name__, p.match(string='a1').groups(), p.findall('a1b c3', 1), p.findall('a1b2', pos=2, endpos=3))
print(p.split('a1,b', maxsplit=1), p.sub(repl='-', string='a1 b'), p.subn(r'<\2\1>', 'a1 b', count=1), p.search('  x9', 1, 4).span())
for call in (lambda: p.match(), lambda: p.sub('x'), lambda: p.match('a', 0, None), lambda: p.findall('a', bad=1), lambda: p.split('a', 1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', lambda mm: 5 if False else 'b', 'aa'), re.sub(b'a', b'\\n', b'xa'), re.sub('(?P<x>a)', r'\g<x>\g<0>', 'ba'))
try:
    re.sub('a', lambda mm: 5, 'xa')
except TypeError as e:
    print('TypeError', e)
