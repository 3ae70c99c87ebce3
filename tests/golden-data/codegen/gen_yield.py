def gen():
    x = yield 1
    yield
    yield from other()
    return x
