if a and b or c:
    f()
if not a and not b:
    g()
if (a or b) and (c or d):
    h()
