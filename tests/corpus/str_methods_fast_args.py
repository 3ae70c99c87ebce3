# str methods with and without the fixed-arity fast entries: plain str arguments, subclasses, None, wrong types (CPython's messages), identity of unchanged results, join over lists/tuples/iterables.
import sys
s = '  Hello, World; x=1  '
class S(str): pass
print(repr(s.strip()), repr(s.strip(None)), repr(s.strip(' H')), repr(s.lstrip()), repr(s.rstrip('  ')), repr('abc'.strip()) , 'abc'.strip() is 'abc')
for bad in (1, b'x'):
    for m in ('strip', 'split', 'join', 'startswith', 'find', 'lstrip'):
        try: print(getattr(s, m)(bad))
        except TypeError as e: print(m, 'TypeError', e)
print(s.split(), s.split(','), s.split(S(';')), s.split(None))
try: s.split('')
except ValueError as e: print(e)
print('-'.join(['a', 'b']), '-'.join(('x',)), '-'.join(['only']) is not None, ''.join(iter('xyz')), ','.join({'k': 1}), ','.join([]))
lst = ['p', 'q']; print(sys.getrefcount(lst[0]) == sys.getrefcount(lst[1]), '+'.join(lst))
try: ','.join(['a', 1])
except TypeError as e: print(e)
w = 'word'; print(','.join([w]) is w, ','.join([S('z')]), type(','.join([S('z')])))
print(s.startswith('  H'), s.startswith(('x', '  ')), s.endswith('  '), s.endswith(S('x')))
try: s.startswith(['a'])
except TypeError as e: print(e)
print(s.find('o'), s.find('zz'), s.find(''), '\U0001f600ab'.find('b'), s.find(S('W')))
print(s.replace('o', '0'), s.replace('zz', 'y') is s, s.replace('', '-')[:8], s.replace('l', 'l') is s, 'aaa'.replace('a', 'b', 2))
o = 'o'; print(s.replace(o, o) is s)
try: s.replace(1, 'a')
except TypeError as e: print(e)
print('ÀbC'.upper(), 'ÀbC'.lower(), 'ß'.upper(), 'x'.upper() is 'X')
f = s.split; print(f(','))
print(S('  a b ').strip(), type(S(' a ').strip()), S('a,b').split(','))
for f in [lambda: 'a'.rsplit(1), lambda: 'a'.count(1), lambda: 'a'.partition(1), lambda: 'a'.rpartition(1), lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(1), lambda: 'a'.replace('a', 1), lambda: 'a'.replace(2.5, 'a'), lambda: 'a'.rstrip(1), lambda: 'a'.lstrip(b''), lambda: 'a'.split(sep=3), lambda: 'a'.rsplit(None, 1)]:
    try: print(f())
    except TypeError as e: print(e)
print('a,b,c'.rsplit(',', 1), 'abcb'.count('b'), 'a=b'.partition('='), 'x.py'.removesuffix('.py'), 'x.py'.removeprefix('x'))
