async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    async with e, f as g:
        pass
    return await h()

@dec
async def g():
    pass

async def h():
    async for a in b:
        pass
    else:
        pass
    [await z for z in y]
