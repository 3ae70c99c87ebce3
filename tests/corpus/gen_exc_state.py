# Exception state across generator suspensions (for loops and yield from resume generators inline).
import sys
def gen():
    try: raise ValueError("v")
    except ValueError:
        yield 1
        yield repr(sys.exception())
    yield repr(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    for x in gen(): print(x, repr(sys.exception()))
for x in gen(): print(x, repr(sys.exception()))
def deleg():
    yield from gen()
try:
    raise IndexError('i')
except IndexError:
    for x in deleg(): print(x, repr(sys.exception()))
