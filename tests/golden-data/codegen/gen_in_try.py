def gen():
    try:
        yield 1
    finally:
        cleanup()
