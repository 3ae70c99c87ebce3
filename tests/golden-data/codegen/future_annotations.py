from __future__ import annotations
def f(a: List[int], b: "str" = None) -> Dict[str, int] | None:
    pass
x: Tuple[int, ...] = ()
