def gen():
    yield 1
    return 5
