def f():
    try:
        return g()
    finally:
        h()
