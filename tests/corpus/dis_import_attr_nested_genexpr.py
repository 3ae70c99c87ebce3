# Calls on an imported module's attribute inside a generator expression nested in a module-level
# comprehension: no method-call form (LOAD_GLOBAL NULL + module; LOAD_ATTR), as for the module's own code.
import random, string, math, os.path
from math import sqrt
import collections as col
words = ["".join(random.choice(string.ascii_lowercase) for _ in range(3)) for _ in range(2)]
vals = [sum(math.sqrt(v) for v in range(k)) for k in range(3)]
nested = [[math.floor(x) for x in row] for row in [[1.5]]]
gen = list(math.ceil(x) for x in [1.2])
d = {k: list(os.path.join(k, s) for s in "ab") for k in "xy"}
s = {sqrt(x) for x in (1, 4)}
def f():
    return [list(random.random() for _ in range(1)) for _ in range(1)]
class C:
    r = [list(math.pi for _ in range(1)) for _ in range(1)]
lam = [(lambda: math.e)() for _ in range(1)]
c2 = [col.Counter(a for a in "ab") for _ in range(1)]
random = 5
print(len(words), vals, nested, gen, d, sorted(s), len(f()), C.r, lam, c2)
