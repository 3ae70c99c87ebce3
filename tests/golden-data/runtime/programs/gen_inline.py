# Generators driven by FOR_ITER / SEND of the running loop (and by builtins, next(), send()):
# states, return values, exceptions and tracebacks through them, refcounts, frames.
import sys


def print_tb(e):
    tb = e.__traceback__
    while tb is not None:
        print('  at', tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    print(' ', type(e).__name__, e)


def count(n):
    for i in range(n):
        yield i
    return 'done'


def state_probe(box):
    g = box[0]
    yield (g.gi_running, g.gi_suspended)
    yield sys._getframe().f_back.f_code.co_name


def consumer():
    box = []
    g = state_probe(box)
    box.append(g)
    out = []
    for x in g:
        out.append(x)
    print('states', out, g.gi_running, g.gi_suspended, g.gi_frame)


consumer()

total = 0
for x in count(5):
    total += x
print('total', total)

# Generator exhausted by a for loop, then next() again.
g = count(2)
for x in g:
    pass
try:
    next(g)
except StopIteration as e:
    print('after loop', repr(e.value))

# Break out of a for loop, resume with next(), then finish with a for loop.
g = count(6)
for x in g:
    if x == 2:
        break
print('next after break', next(g), list(g))


# yield from: return value travels through SEND.
def inner():
    got = yield 'i1'
    print('inner got', got)
    yield 'i2'
    return 'inner-result'


def outer():
    r = yield from inner()
    print('outer got', r)
    r2 = yield from count(3)
    print('outer got', r2)
    return 'outer-result'


for v in outer():
    print('v', v)
o = outer()
print(next(o), o.send('S'), next(o))
print(list(o))


# Exceptions raised inside a generator resumed by FOR_ITER.
def bad(n):
    yield 1
    if n:
        raise ValueError('boom %d' % n)
    yield 2


def use_bad():
    for x in bad(3):
        pass


try:
    use_bad()
except ValueError as e:
    print_tb(e)

g = bad(1)
try:
    for x in g:
        print('got', x)
except ValueError as e:
    print('caught', e, g.gi_frame, g.gi_running)


# StopIteration raised inside the generator body.
def stopper():
    yield 1
    raise StopIteration('inner stop')


try:
    for x in stopper():
        print('s', x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


# Exception inside a delegate of yield from, caught by the delegating generator.
def fragile():
    yield 'f1'
    raise KeyError('k')


def guard():
    try:
        yield from fragile()
    except KeyError as e:
        yield 'caught %r' % (e,)
    yield 'end'


print(list(guard()))


def tb_outer():
    yield from fragile()


try:
    for x in tb_outer():
        pass
except KeyError as e:
    print_tb(e)

# Refcounts while a generator runs inline.
obj = object()


def holder(o):
    yield sys.getrefcount(o)
    yield sys.getrefcount(o)


print('refs', [r for r in holder(obj)], sys.getrefcount(obj))
for r in holder(obj):
    print('ref in loop', r)
print('ref after', sys.getrefcount(obj))


# A generator that is already running cannot be resumed.
def reentrant():
    yield next(me)


me = reentrant()
try:
    for x in me:
        pass
except ValueError as e:
    print('ValueError', e)


# Nested generator pipeline with a return inside try/finally.
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('fin cleanup')


def chain(*gens):
    for g in gens:
        yield from g


print(list(chain(fin(), count(2), (c for c in 'ab'))))
for x in fin():
    if x == 1:
        break
print('after break')


# Generator closed while suspended inside a for loop of another generator.
def relay(src):
    for x in src:
        yield x * 10


r = relay(count(4))
print(next(r), next(r))
r.close()
print('closed', r.gi_frame)

# Deep recursion of generators resumed by FOR_ITER.
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield 'bottom'


print(list(deep(50)))
try:
    print(list(deep(5000)))
except RecursionError as e:
    print('RecursionError', e)


# A coroutine awaited through SEND.
class Wait:
    def __await__(self):
        v = yield 'w'
        return v * 2


async def coro():
    a = await Wait()
    b = await Wait()
    return a + b


c = coro()
print(c.send(None), c.send(1))
try:
    c.send(5)
except StopIteration as e:
    print('coro result', e.value)

print(sum(x for x in count(10)), max(count(4)), any(x > 2 for x in count(5)))


# Uncaught: the traceback printed at exit runs through generator frames.
def last():
    yield from bad(7)


for x in last():
    pass

