try:
    with m:
        raise X
except X:
    pass
