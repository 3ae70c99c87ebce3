async def f():
    return [x async for x in y]
async def g():
    return [await x for x in y]
