"""doc"""
def g():
    """fdoc"""
    return 1
class C:
    """cdoc"""
    x = 1
assert z
