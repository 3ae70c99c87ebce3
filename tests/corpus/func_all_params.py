def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, z=26))
co = everything.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames)
print(co.co_flags & 4 != 0, co.co_flags & 8 != 0)
