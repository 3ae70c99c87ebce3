"""doc"""
assert x, "m"
if __debug__:
    f()
def g():
    """fdoc"""
    assert y
