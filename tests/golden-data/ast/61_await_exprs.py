async def f():
    x = await a
    y = await a.b()
    z = [await q for q in r]
    w = await (await x)
    v = -await y
    u = await x ** 2
