"""re edge cases: empty matches (3.7+ rules), lastindex/lastgroup, lookbehind, backrefs,
IGNORECASE with Unicode, possessive quantifiers, atomic groups, fullmatch, Scanner, bytes."""
import re

# empty matches in findall / finditer / sub / split
print(re.findall(r'x*', 'axbxxc'), re.findall(r'\b', 'ab cd'), re.findall(r'(?=a)|a', 'aa'))
print([m.span() for m in re.finditer(r'x*', 'axbxxc')], [m.pos for m in re.finditer(r'a', 'aaa', 1)])
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '-', 'abc'), re.sub(r'(?=b)|b', '#', 'abba'))
print(re.split(r'x*', 'axbxxc'), re.split(r'\b', 'a b'), re.split(r'(?=b)', 'abab'), re.split(r'', 'ab'))
print(re.split(r'(x)|(y)', 'axbyc'), re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b', 0))
print(re.subn(r'a|', 'Z', 'bab'), re.sub(r'a', 'b', 'aaaa', 2), re.findall(r'', ''), re.sub('', 'x', ''))
# lastindex / lastgroup
for pat, s in [(r'(a)(b)?', 'a'), (r'(a)|(b)', 'b'), (r'((a)(b))', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'ab'),
               (r'(?:(a)|b)*', 'ab'), (r'(a)(?:x)', 'ax'), (r'(?P<o>(?P<i>a))', 'a')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups(), m.regs)
# lookbehind / lookahead / backrefs
print(re.findall(r'(?<=\d)[a-z]', '1a2b c'), re.findall(r'(?<!\d)[a-z]', '1a2b c'), re.search(r'(?<=ab)c', 'xabc').span())
print(re.findall(r'(\w)\1', 'aabbcd'), re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" x').group(), re.sub(r'(\w+) \1', r'\1', 'the the cat'))
print(re.match(r'(a)?(?(1)b|c)', 'c').group(), re.findall(r'(?i)(a)\1', 'aA Aa'))
# IGNORECASE with Unicode
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAßE'), re.match(r'(?i)ǅ', 'ǆ'))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?ia)k', 'kK\u212a'), re.sub(r'(?i)é', 'e', 'ÉéE'))
print(re.findall(r'\w+', 'naïve café 東京 x_1'), re.findall(r'(?a)\w+', 'naïve café'), re.findall(r'\d', '1٣۳'))
# possessive quantifiers and atomic groups (3.11+)
print(re.match(r'a*+a', 'aaa'), re.match(r'(?>a*)a', 'aaa'), re.match(r'(?>ab|a)c', 'ac').group(), re.findall(r'\d++', '12 345'))
print(re.match(r'(?:ab)*+ab', 'abab'), re.match(r'(?:ab)*+c', 'ababc').group(), re.fullmatch(r'a{2,3}+', 'aaa'))
# fullmatch
print(re.fullmatch(r'a|ab', 'ab').group(), re.fullmatch(r'a*?', 'aaa').group(), re.compile(r'ab').fullmatch('xaby', 1, 3))
print(re.compile(r'\d+').match('a12b', 1).span(), re.compile(r'$').search('ab', 0, 1).span(), re.compile('b').search('abc', 5))
# Scanner
sc = re.Scanner([(r'\d+', lambda s, t: ('N', int(t))), (r'[a-z]+', lambda s, t: ('W', t)), (r'\s+', None)])
print(sc.scan('abc 12 de 7 !'))
s = re.compile(r'\w').scanner('ab c')
print(s.search().group(), s.match().group(), s.match(), s.search(), s.search())
# bytes
print(re.findall(rb'\w+', b'ab cd'), re.sub(rb'a', b'b', b'aa'), re.split(rb',', b'a,b'), re.match(rb'(a)', b'ab').groups())
try:
    re.findall(r'a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.findall(rb'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(r'a', 5)
except TypeError as e:
    print('TypeError:', e)
# sub with callable / templates / group references
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) + 1), 'a1 b22 c'), re.sub(r'(?P<n>\w)', r'<\g<n>>', 'ab'), re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'a', lambda m: None, 'banana') if False else re.sub(r'a', r'\n', 'a'), re.sub(r'x', r'\\', 'x'), re.subn(r'(.)', r'\1\1', 'abc'))
s1 = 'unchanged'
print(re.sub('zz', 'y', s1) is s1, re.sub('', '', '') == '', re.findall('.*', 'ab')[0])
m = re.search(r'(?P<a>\w+)-(?P<b>\w+)?', 'x foo- y')
print(m.groupdict(), m.groupdict('?'), m.group('a', 2, 0), m.span('b'), m.start(1), m.end(), m[0], m.expand(r'\g<a>!'))
print(repr(re.match('a', 'a')), re.compile(r'(?i)x').flags, re.compile(b'x').pattern)
