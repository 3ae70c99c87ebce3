def outer(a, b):
    c = 1
    def gen(x):
        yield a + c + x
        async def co():
            return b
        yield co
    return gen
