# Collector details CPython 3.12 shows: what a collection untracks and when, the order survivors
# take in the older generation, finalizers freeing other garbage, resurrection.
import gc
gc.disable()
gc.collect()

def pair(x):
    return (x, x + 1)

class A:
    pass

# An atomic tuple hanging off a cycle is garbage too (untrack_tuples runs after the deduction).
a = A(); a.t = pair(1000); a.me = a
del a
print("cycle with tuple", gc.collect())

# Tuples: atomic ones leave the lists at the next collection; one holding a dict (even an
# untracked one) or a list stays; nested atomic tuples leave together.
t1 = pair(5000)
t2 = ({},)
t3 = ([],)
t4 = (pair(7000), pair(8000))
t5 = (t4, "s")
print([gc.is_tracked(t) for t in (t1, t2, t3, t4, t5)])
gc.collect(0)
print([gc.is_tracked(t) for t in (t1, t2, t3, t4, t5)])

# Dicts: untracked only by full collections.
d = {}
d["k"] = []
d["k"] = 1
gc.collect(0)
print("dict after gen0", gc.is_tracked(d))
gc.collect(1)
print("dict after gen1", gc.is_tracked(d))
gc.collect()
print("dict after gen2", gc.is_tracked(d))
e = {"x": (1, 2)}
print("dict with tuple", gc.is_tracked(e))
gc.collect()
print("dict with tuple after full", gc.is_tracked(e), gc.is_tracked(e["x"]))

# Survivor order: move_unreachable leaves a chain reversed in the older generation.
gc.collect()
first = [1]
second = [first]
third = [second]
ids = {id(first): "first", id(second): "second", id(third): "third"}
gc.collect(0)
print("gen1 order", [ids[id(o)] for o in gc.get_objects(1) if id(o) in ids])
gc.collect(1)
def chain():
    a = [1]; b = [a]; c = [b]
    return c, {id(a): "a", id(b): "b", id(c): "c"}
head, names = chain()
gc.collect(0)
print("chain order", [names[id(o)] for o in gc.get_objects(1) if id(o) in names])
print("gen2 has them", sum(1 for o in gc.get_objects(2) if id(o) in ids))
print("count", gc.get_count()[1:])

# A finalizer that drops the last reference to another garbage object frees it at once.
log = []
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
        if hasattr(self, "victim"):
            del self.victim

x = F("x"); y = F("y")
x.me = x
x.victim = y
y.peer = y
del x, y
print("with finalizers", gc.collect())
print(log)

# Resurrection: the object survives this collection (and is not finalized again).
saved = []
class R:
    def __del__(self):
        log.append("R del")
        saved.append(self)
log.clear()
r = R(); r.me = r
del r
print("resurrect", gc.collect(), log, len(saved))
print("in gen2", any(o is saved[0] for o in gc.get_objects(2)))
saved.clear()
print("second time", gc.collect(), log)

# Callbacks see the same counts.
info = []
def cb(phase, i):
    info.append((phase, i["generation"], i["collected"], i["uncollectable"]))
gc.callbacks.append(cb)
z = []; z.append(z); z.append((z, 1))
del z
gc.collect(1)
gc.callbacks.remove(cb)
print(info)
print(gc.get_stats()[1]["collections"] >= 1)
