async def g(x):
    async with a as b, c as d:
        async for i in x:
            if i: break
            await i
        else:
            return 3
    try:
        async with e:
            return await f()
    finally:
        await h()
    return [await q async for q in x if await q]
async def agen():
    try:
        yield 1
    finally:
        async for z in w:
            yield z
    async with k:
        yield 2
def gen():
    x = yield from range(3)
    try:
        yield x
    except GeneratorExit:
        return
    finally:
        yield 9
