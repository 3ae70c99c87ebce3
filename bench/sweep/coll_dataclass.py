# dataclasses: creation, eq, repr, ordering
from dataclasses import dataclass, field
@dataclass
class Vec:
    x: float
    y: float
    def norm2(self):
        return self.x * self.x + self.y * self.y
@dataclass(order=True, frozen=True)
class Task:
    prio: int
    name: str = field(compare=False)
vs = [Vec(i % 13, i % 7) for i in range(20000)]
eq = sum(1 for a, b in zip(vs, vs[91:]) if a == b)
n2 = sum(v.norm2() for v in vs)
tasks = [Task((i * 37) % 101, "t%d" % i) for i in range(5000)]
tasks.sort()
uniq = len(set(tasks))
print(eq, n2, tasks[0], repr(vs[5]), uniq)
