x = a if b else c
if (a if b else c):
    pass
