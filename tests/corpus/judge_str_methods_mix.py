s = '  Hello, World! Hello!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(' !')))
print(s.count('Hello'), s.find('World'), s.rfind('Hello'), s.index('o'), s.find('zzz'))
print(s.replace('Hello', 'Bye', 1), s.upper(), s.lower().title())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('stressed')), ' '.join(map(str, range(5))))
print('abc'.center(9, '*'), 'abc'.ljust(6, '.'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(6))
print('Python'.startswith(('Py', 'Ja')), 'file.tar.gz'.endswith('.gz'), 'abc'.isalpha(), '123'.isdigit())
print('Hello'.swapcase(), 'hello world'.capitalize(), 'ß'.upper(), 'İ'.lower(), 'ǅ'.title())
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'))
print('tab\there'.expandtabs(4), 'x'.encode(), 'é'.encode('utf-8'), b'caf\xc3\xa9'.decode())
print('%s is %d years and %.1f%%' % ('Bob', 30, 99.5), '%r|%5s|%-5s|' % ('q', 'ab', 'cd'))
print('{} {}'.format(1, 2), '{1}{0}'.format('a', 'b'), '{name}:{n:03}'.format(name='x', n=7))
print('mississippi'.removeprefix('miss'), 'mississippi'.removesuffix('ppi'), 'abc'.casefold())
print(str.maketrans('abc', 'xyz'), 'aabbcc'.translate(str.maketrans('abc', 'xyz', 'c')))
print(ord('A'), chr(955), 'abc' * 3, 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', min('hello'), sorted('hello'))
print('x' in 'xyz', 'xy' not in 'xyz', len('日本語'), '日本語'[1], repr('\x00\t\u200b'))
print('  '.isspace(), ''.isspace(), 'Ab1'.isalnum(), 'abc'.isidentifier(), '1a'.isidentifier())
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    'abc'[0] = 'z'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    '-'.join([1, 2])
except TypeError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
