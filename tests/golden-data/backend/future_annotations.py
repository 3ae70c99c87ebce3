from __future__ import annotations
def f(a: int) -> str:
    pass
x: int = 1
