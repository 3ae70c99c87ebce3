class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker('a') as t:
    print('inside', t.name)

with Tracker('outer', suppress=True), Tracker('inner'):
    raise KeyError('k')
print('after suppressed')

with Tracker('s', suppress=True):
    1 / 0
print('zero div suppressed')

def ret_inside():
    with Tracker('ret'):
        return 'returned'
print(ret_inside())

for i in range(3):
    with Tracker(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)

try:
    with Tracker('nosup'):
        raise ValueError('propagates')
except ValueError as e:
    print('caught', e)

class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with BadEnter():
        print('never body')
except RuntimeError as e:
    print(e)

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(e)

from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as up:
    print(up)

with suppress(ZeroDivisionError, KeyError):
    {}['x']
print('suppress done')

with Tracker('x') as a, Tracker('y') as b:
    print(a.name + b.name)
