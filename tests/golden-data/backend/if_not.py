if not a:
    f()
if not (a and b):
    g()
