# throw() and close() delegated through `yield from` (_gen_throw, gen_close, CLEANUP_THROW).
def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except ValueError as e:
        print('inner caught', repr(e))
        yield 'recovered'
        return 'inner-ret'
    finally:
        print('inner finally')


def outer():
    r = yield from inner()
    print('outer got return', r)
    yield 'after'


g = outer()
print(next(g))
print(g.send('hello'))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)

g = outer()
next(g)
g.close()
print('closed', g.gi_frame)


def inner2():
    try:
        yield 1
    except GeneratorExit:
        print('inner2 GeneratorExit')
        raise


def outer2():
    try:
        yield from inner2()
    finally:
        print('outer2 finally')


g = outer2()
next(g)
g.close()


def inner3():
    yield 1
    yield 2


def outer3():
    try:
        yield from inner3()
    except KeyError as e:
        print('outer3 caught', repr(e))
        yield 'outer3 recovered'


g = outer3()
next(g)
print(g.throw(KeyError('k')))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def throw(self, *a):
        print('It.throw', a[0].__class__.__name__)
        return 'from It.throw'

    def close(self):
        print('It.close')


def outer4():
    yield from It()


g = outer4()
print(next(g))
print(g.throw(ValueError('x')))
g.close()


def outer5():
    yield from iter([1, 2, 3])


g = outer5()
next(g)
try:
    g.throw(IndexError('no throw on list iterator'))
except IndexError as e:
    print('propagated', e)


def deleg_ret():
    try:
        yield 1
    except ValueError:
        return 'returned on throw'


def outer6():
    r = yield from deleg_ret()
    print('outer6 r =', r)
    yield 'done6'


g = outer6()
next(g)
print(g.throw(ValueError))


def deep(n):
    if n == 0:
        try:
            yield 'leaf'
        except ZeroDivisionError as e:
            yield f'leaf caught {e!r}'
    else:
        r = yield from deep(n - 1)
        return r


g = deep(3)
print(next(g))
print(g.throw(ZeroDivisionError('z')))
g.close()
print(g.gi_frame, g.gi_suspended)


def closer():
    try:
        yield 1
    finally:
        raise KeyError('from close')


def outer7():
    yield from closer()


g = outer7()
next(g)
try:
    g.close()
except KeyError as e:
    print('close raised', repr(e))
