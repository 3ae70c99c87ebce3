assert x, 'msg'
assert y
