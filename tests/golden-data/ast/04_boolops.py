r = a and b and c
r = a or b or c
r = a and b or c and d
r = not a and not b
r = (a or b) and c
