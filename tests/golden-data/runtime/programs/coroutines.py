# async def coroutines driven by hand (send/throw/close, __await__, GET_AWAITABLE, awaiting a custom awaitable).


class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        r = yield ('sleep', self.n)
        return r


async def child(x):
    got = await Sleep(x)
    return x * 2 + got


async def main():
    total = 0
    for i in range(3):
        total += await child(i)
    try:
        await Sleep(-1)
    except ValueError as e:
        print('main caught', repr(e))
    return total


c = main()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended if hasattr(c, 'cr_suspended') else '')
v = c.send(None)
n = 0
try:
    while True:
        print('yielded', v)
        n += 1
        if v == ('sleep', -1):
            v = c.throw(ValueError('bad sleep'))
        else:
            v = c.send(n * 10)
except StopIteration as e:
    print('result', e.value)

c2 = child(5)
w = c2.__await__()
print(type(w).__name__, next(w))
c2.close()
print(c2.cr_frame)
c3 = child(1)
try:
    c3.send(1)
except TypeError as e:
    print(e)
c3.close()


async def bad():
    await 5

try:
    bad().send(None)
except TypeError as e:
    print(e)
