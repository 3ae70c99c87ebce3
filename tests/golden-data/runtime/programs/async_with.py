# async with over hand-made async context managers, driven without an event loop.
class Sleep:
    def __await__(self):
        v = yield 'tick'
        return v


class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print('enter', self.name, await Sleep())
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, await Sleep())
        return self.swallow


async def main():
    async with ACM('a') as x:
        print('body', x)
    async with ACM('b', swallow=True) as y:
        raise ValueError(y)
    try:
        async with ACM('c'):
            raise KeyError('c')
    except KeyError as e:
        print('propagated', repr(e))
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    return 'done'


c = main()
n = 0
try:
    v = c.send(None)
    while True:
        n += 1
        print('yielded', v)
        v = c.send(n)
except StopIteration as e:
    print('result', e.value)
