# re on the VM: Lib/re compiles patterns to SRE code, our _sre engine runs it.
import re
print(re.match(r'(\w+) (\w+)', 'hello world').groups())
print(re.search(r'\d+', 'abc 123 def').group(), re.findall(r'[a-z]+', 'ab cd Ef'), re.sub(r'\s+', '-', 'a  b   c'))
print(re.split(r',\s*', 'a, b,c'), re.fullmatch(r'a.c', 'abc'), re.compile(r'(?P<x>a)(b)?').match('a').groupdict())
m = re.search(r'(?P<word>\w+)@(\w+)\.com', 'mail: joe@example.com!')
print(m, m.span(), m.group('word'), m.group(2), m.lastindex, m.lastgroup, m.start(2))
print(re.sub(r'(\w)(\w*)', r'\2\1ay', 'hello world'), re.subn('a', 'b', 'aaa', count=2))
print(re.findall(r'(a)(b)?', 'ab a'), re.match(r'a*?b', 'aaab').group(), re.match(r'(ab)+', 'ababx').group())
print(re.match(r'^(?:(\d+)\.)?(\d+)$', '12.5').groups(), re.I, re.compile('x', re.I | re.M))
print(re.search(r'(?<=a)b', 'cab').span(), re.search(r'(?!a)\w', 'ab').group(), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.findall(r'\bfoo\b', 'foo foobar foo.'), re.sub('x*', '-', 'abc'), re.escape('a.b'), re.match(r'(?i)HELLO', 'hello').group())
print([m.span() for m in re.finditer(r'\d', 'a1b22')], re.match(r'(a)(?(1)b|c)', 'ab').group(), re.match(r'(\w)\1', 'aa').group())
print(re.findall(r'[A-Z][a-z]*|\d+', 'Hello World 42 Foo7'), re.split(r'(\W+)', 'a, b;c'))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group(), re.findall(r'^\w', 'ab\ncd', re.M))
print(re.sub(r'(?P<n>\d+)', lambda m: str(int(m['n']) * 2), 'a1 b22'), re.search(r'x{2,3}', 'xxxxx').span(), re.search(r'x{2,3}?', 'xxxxx').span())
try:
    re.compile('(')
except re.error as e:
    print('error:', e)
import string, textwrap
print(string.ascii_letters[:5], string.Template('$x and ${y}').substitute(x=1, y=2), string.capwords('hello big world'))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog', 12), textwrap.dedent('  a\n  b'), textwrap.fill('word ' * 5, 10))
print(textwrap.shorten('Hello world, this is a test', 15), textwrap.indent('a\nb', '> '))
