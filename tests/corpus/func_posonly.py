def p(a, b, /, c, *, d):
    return a + b + c + d
print(p(1, 2, 3, d=4))
print(p(1, 2, c=3, d=4))
try:
    p(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def q(x, y=2, /, z=3):
    return x, y, z
print(q(1), q(1, 5), q(1, 5, z=6))
print(p.__code__.co_posonlyargcount, p.__code__.co_kwonlyargcount, p.__code__.co_argcount)
