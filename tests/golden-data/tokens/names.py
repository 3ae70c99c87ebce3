x = y
_a1 = __b__ + c_d
None, True, False
