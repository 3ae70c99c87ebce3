async def f():
    await g()
    return 1
