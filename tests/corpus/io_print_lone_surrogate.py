# print() of a lone surrogate: sys.stdout is strict UTF-8, so CPython raises UnicodeEncodeError.
import sys

try:
    print('a\ud800b')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason, e.start, e.end)
print(sys.stdout.errors)
