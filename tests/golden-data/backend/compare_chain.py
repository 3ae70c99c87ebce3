r = a < b < c
if a < b <= c != d:
    x = 1
