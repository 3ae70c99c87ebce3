async def f():
    async for x in y:
        print(x)
    else:
        pass
    async with a as b:
        pass
