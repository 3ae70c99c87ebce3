# Async generators driven by hand (no event loop): __anext__/asend/athrow/aclose, async for,
# async comprehensions, aiter()/anext(), and the objects involved.
import sys, types

def run(coro):
    """Drive a coroutine that never really suspends; return its result."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    """An awaitable that suspends once, passing a value out to the driver."""
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        got = yield ("pause", self.tag)
        return got

async def ticker(n):
    for i in range(n):
        yield i
    print("ticker done")

async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    print("async for:", out)
    print("comprehension:", [v * 10 async for v in ticker(4) if v % 2 == 0])
    print("set/dict comp:", {v async for v in ticker(2)}, {v: v * v async for v in ticker(3)})
    agen = ticker(2)
    print(type(agen).__name__, agen.__name__, agen.__qualname__, agen.ag_running, agen.ag_suspended)
    print(aiter(agen) is agen, type(agen.__anext__()).__name__)
    print(await anext(agen), await agen.__anext__())
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(agen, "default"))
    return "main result"

print(run(main()))

async def echo():
    received = yield "first"
    while True:
        try:
            received = yield f"got {received}"
        except ValueError as e:
            received = yield f"caught {e!r}"
        except GeneratorExit:
            print("echo closing")
            raise

async def drive_echo():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    print(await g.asend("c"))
    print(await g.aclose())
    print(g.ag_frame, await g.aclose())
    try:
        await g.asend("d")
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

run(drive_echo())

async def with_await():
    x = await Pause("one")
    yield x
    y = await Pause("two")
    yield y

def manual():
    g = with_await()
    step = g.__anext__()
    print(step.send(None))
    try:
        step.send("resumed-1")
    except StopIteration as e:
        print("yielded", e.value)
    step2 = g.asend(None)
    print(step2.send(None))
    try:
        step2.send("resumed-2")
    except StopIteration as e:
        print("yielded", e.value)
    try:
        step.send(None)
    except RuntimeError as e:
        print(e)
manual()

async def raises_stop():
    yield 1
    raise StopAsyncIteration

async def check_errors():
    g = raises_stop()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    async def stopit():
        raise StopIteration
        yield
    try:
        await anext(stopit())
    except RuntimeError as e:
        print(e)
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    async def ignore_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignore_exit()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    g2 = ticker(1)
    try:
        await g2.asend(5)
    except TypeError as e:
        print(e)
run(check_errors())

async def a(): yield
print(isinstance(a(), types.AsyncGeneratorType), a.__code__.co_flags & 0x200 != 0)
print(sys.get_asyncgen_hooks())
