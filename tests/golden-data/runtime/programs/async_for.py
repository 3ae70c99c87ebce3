# async for over a hand-made async iterator (GET_AITER, GET_ANEXT, END_ASYNC_FOR), no event loop.
class Tick:
    def __await__(self):
        v = yield 'tick'
        return v


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        got = await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return (self.i, got)


async def main():
    out = []
    async for x in Count(3):
        out.append(x)
    else:
        print('else ran')
    async for x in Count(5):
        if x[0] == 2:
            break
    print('broke at', x)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)

    class NoAnext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print(e)

    class Bad:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7
    try:
        async for x in Bad():
            pass
    except TypeError as e:
        print(e, '| cause:', e.__cause__)

    class Boom(Count):
        async def __anext__(self):
            raise KeyError('boom')
    try:
        async for x in Boom(1):
            pass
    except KeyError as e:
        print('propagated', repr(e))
    return out


c = main()
n = 0
try:
    v = c.send(None)
    while True:
        n += 1
        v = c.send(n)
except StopIteration as e:
    print('result', e.value)
