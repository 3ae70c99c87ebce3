def g():
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        yield 3
