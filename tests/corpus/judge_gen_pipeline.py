def numbers(limit):
    n = 0
    while n < limit:
        received = yield n
        if received is not None:
            print('got', received)
            n = received
        else:
            n += 1
    return 'exhausted'

g = numbers(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'default'))

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    yield from (x * x for x in src)

pipeline = squares(evens(range(10)))
print(list(pipeline), list(pipeline))

def delegator():
    result = yield from numbers(2)
    print('delegated result', result)
    yield 'end'
print(list(delegator()))

def gen_with_exc():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    finally:
        print('gen finally')

ge = gen_with_exc()
print(next(ge))
print(ge.throw(ValueError('boom')))
ge.close()
print(ge.gi_frame, ge.gi_running)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print(sum(x for x in range(100) if x % 3 == 0), any(x > 5 for x in [1, 7]), all(x for x in []))
g2 = (c.upper() for c in 'abc')
print(type(g2).__name__, next(g2), list(g2))
def early():
    return
    yield
print(list(early()))
def gen_state():
    yield
gs = gen_state()
print(gs.gi_frame is not None, gs.gi_running, gs.gi_suspended); next(gs); print(gs.gi_suspended, gs.gi_frame.f_lineno)
try:
    next(gs)
except StopIteration:
    print(gs.gi_frame, gs.gi_suspended)
def bad_gen():
    yield 1
    raise StopIteration('inner')
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
