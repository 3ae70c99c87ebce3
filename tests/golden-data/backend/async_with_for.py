async def f(xs):
    async with a as b, c as d:
        async for x in xs:
            try:
                await x
            except* E:
                pass
    return [y async for y in xs]
