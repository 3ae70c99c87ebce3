a = [x for x in y]
b = [x for x in y if x if z]
c = {x for x in y}
d = {k: v for k, v in items}
e = (x for x in y)
f = [x for x in y for z in x]
g = [(x, y) for x in a if x for y in b if y]
h = sum(x for x in y)
i = [y := f(x) for x in data]
async def w():
    return [x async for x in aiter()]
