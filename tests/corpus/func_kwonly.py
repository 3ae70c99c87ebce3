def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=9))
def g(*args, sep, end="."):
    return sep.join(args) + end
print(g("x", "y", sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__)
