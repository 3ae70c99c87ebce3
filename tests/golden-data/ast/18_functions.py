def f():
    pass

def g(a, b=1, *args, c, d=2, **kw) -> int:
    return a

def h(a, /, b):
    pass

def i(a=1, /, b=2):
    pass

def j(*, a):
    pass

def k(a: int, *b: str, c: float = 1.0, **d: bytes) -> None:
    pass

def l(*args: *Ts):
    pass

@decorator
def m():
    pass

@dec.attr
@dec(arg)
@(lambda f: f)
def n():
    """docstring"""
    return
