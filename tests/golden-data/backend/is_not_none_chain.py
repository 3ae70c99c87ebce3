if a is not None and b is None:
    f()
