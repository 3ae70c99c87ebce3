r = a and b or c
r = not a
r = (a or b) and (c or d)
if a and not b or c:
    pass
