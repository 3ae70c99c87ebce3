# Driving coroutines by hand with send()/throw()/close(): a tiny scheduler, await chains,
# types.coroutine, async with, exception state across suspensions, and the error cases.
import sys, types

@types.coroutine
def switch(tag):
    """Suspend the whole coroutine stack; the scheduler sees `tag`."""
    reply = yield tag
    return reply

class Lock:
    def __init__(self): self.log = []
    async def __aenter__(self):
        self.log.append("enter")
        await switch("acquire")
        return self
    async def __aexit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        await switch("release")
        return False

async def worker(name, n, lock):
    total = 0
    for i in range(n):
        got = await switch(f"{name}:{i}")
        total += got
    async with lock:
        total += 100
    return f"{name} total={total}"

def scheduler(coros):
    ready = [(c, None) for c in coros]
    results = []
    tick = 0
    while ready:
        coro, value = ready.pop(0)
        try:
            tag = coro.send(value)
        except StopIteration as e:
            results.append(e.value)
            continue
        tick += 1
        print("  yielded", tag)
        ready.append((coro, tick))
    return results

lock = Lock()
print(scheduler([worker("a", 2, lock), worker("b", 3, lock)]))
print(lock.log)

async def inner():
    try:
        await switch("inner waiting")
    except KeyError as e:
        print("inner caught", repr(e), "handling:", repr(sys.exception()))
        await switch("inner in handler")
        print("inner resumed, still handling:", repr(sys.exception()))
        raise ValueError("from inner")

async def outer():
    try:
        await inner()
    except ValueError as e:
        print("outer caught", repr(e), "context:", repr(e.__context__))
        return "outer done"

c = outer()
print(c.send(None), c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
print(c.throw(KeyError("k")))
try:
    raise IndexError("driver's own")
except IndexError:
    try:
        c.send(None)
    except StopIteration as e:
        print("result", e.value)
    print("driver still handling:", repr(sys.exception()))
print(repr(sys.exception()))

async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)

async def stubborn():
    try:
        await switch("x")
    except GeneratorExit:
        await switch("y")
st = stubborn()
st.send(None)
try:
    st.close()
except RuntimeError as e:
    print(e)

async def raise_stop():
    raise StopIteration("oops")
try:
    raise_stop().send(None)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

w = simple().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("via __await__:", e.value)

async def awaits_twice(coro):
    await coro
    await coro
co = simple()
try:
    awaits_twice(co).send(None)
except RuntimeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def bad2():
    await 3
try:
    bad2().send(None)
except TypeError as e:
    print(e)

c2 = simple()
print(c2.cr_frame is not None, c2.cr_code.co_name, c2.__qualname__)
c2.close()
print(c2.cr_frame)
