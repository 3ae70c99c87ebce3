# __slots__: fixed attribute slots instead of a per-instance __dict__
# Mechanism: __slots__ / member descriptors
import sys

class WithDict:
    def __init__(self):
        self.a, self.b = 1, 2

class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2

p, q = WithDict(), WithSlots()
print(hasattr(p, "__dict__"), hasattr(q, "__dict__"))
print(sys.getsizeof(p), sys.getsizeof(q))
print(type(WithSlots.__dict__["a"]).__name__)
try:
    q.c = 3
except AttributeError as e:
    print("AttributeError:", e)
