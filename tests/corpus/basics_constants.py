a = None
b = True
c = False
d = ...
print(a, b, c, d)
print(repr(a), repr(b), repr(d))
print(b + b, c * 7, -b)
print(None is None, True is not False)
