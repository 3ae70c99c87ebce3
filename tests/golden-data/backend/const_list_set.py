l = [1, 2, 3]
s = {1, 2, 3}
if x in [1, 2, 3]:
    pass
if x in {4, 5}:
    pass
