class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, c.id)
print(getattr(a, "id"), getattr(a, "nope", "dflt"), hasattr(b, "id"), hasattr(b, "x"))
setattr(b, "extra", [1])
print(b.extra, vars(b))
delattr(b, "extra")
print(hasattr(b, "extra"))
class Slotless:
    pass
s = Slotless()
s.__dict__["direct"] = 1
print(s.direct)
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
