async def f():
    await g()
    async for x in y:
        async with z as w:
            pass
async = 1
await = 2
