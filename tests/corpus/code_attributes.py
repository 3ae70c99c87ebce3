def outer(a, b=1, *rest, key, **opts):
    """doc"""
    c = a + b
    def inner(d):
        return c + d + a
    return inner
co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_names, [type(c).__name__ for c in co.co_consts])
print(co.co_consts[0], co.co_firstlineno, co.co_stacksize, hex(co.co_flags))
inner = outer(1, key=0)
ic = inner.__code__
print(ic.co_qualname, ic.co_freevars, ic.co_varnames, hex(ic.co_flags))
print(len(co.co_code) % 2 == 0, list(co.co_lines())[:3])
print(list(ic.co_positions())[:2])
print(co.co_filename.endswith("code_attributes.py"))
