import sys
print('a', 'b', 'c', sep='-', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2, 3, sep='')
print('to stderr', file=sys.stderr)
print('x', 'y', sep=None, end=None)
print(*[1, 2, 3], sep=', ')
print()
print('', end='')
print('multi\nline', 'second', sep='|')
print('flushed', flush=True)
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc')
print('', n)
print(file=sys.stderr)
print('err again', 42, file=sys.stderr, sep=':')
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=[])
except TypeError as e:
    print(e)
try:
    print('x', file='nope')
except AttributeError as e:
    print(e)
print(repr('quote\'s'), str(b'bytes'), [None, True, 1.0, 'q'])
