async def f(y):
    return {x: x async for x in y}
