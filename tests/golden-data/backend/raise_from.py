try:
    f()
except KeyError as e:
    raise ValueError() from e
