async def f():
    g = (await x for x in y)
    return [i async for i in g if await i]
