import sys

def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_lasti, sorted(f.f_locals))
    print(f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(f.f_builtins))
    print(f.f_trace, type(f).__name__, f.f_back.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    try:
        sys._getframe(50)
    except ValueError as e:
        print("ValueError", e)
    return c

def outer():
    x = 10
    return inner(x)

print(outer())
co = inner.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
print(co.co_filename.endswith('frames.py'), co.co_firstlineno, co.co_stacksize, co.co_flags)
print(list(co.co_lines())[:6])
print(list(co.co_positions())[:6])
print(len(co.co_code), type(co.co_consts), co.co_consts[:1])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.getrefcount(None), sys.getrefcount(1), sys.getrefcount(co) > 1)
