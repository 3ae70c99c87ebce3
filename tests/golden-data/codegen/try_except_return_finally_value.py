def f():
    try:
        return g()
    except E:
        return 1
    finally:
        return 2
