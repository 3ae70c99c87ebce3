# The file descriptor a program's first open() gets (CPython: 3, the lowest free one).
with open(__file__, 'rb') as f:
    print(f.fileno(), len(f.read(10)))
