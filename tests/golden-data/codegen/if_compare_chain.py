if a < b < c:
    f()
x = a < b <= c != d
