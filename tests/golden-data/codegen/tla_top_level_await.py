await f()
async for x in y:
    pass
async with a as b:
    pass
r = [x async for x in y]
