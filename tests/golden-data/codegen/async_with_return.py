async def f():
    async with a:
        return 1
