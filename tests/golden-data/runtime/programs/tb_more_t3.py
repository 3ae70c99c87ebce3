def outer():
    try:
        inner()
    except KeyError:
        raise RuntimeError("outer failed") from None
def inner():
    return {}["x"]
outer()
