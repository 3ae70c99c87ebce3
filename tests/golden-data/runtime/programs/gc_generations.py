import gc
gc.collect()
print(gc.get_count()[1:], gc.get_threshold())
class Obj:
    pass
objs = [Obj() for _ in range(100)]
c = gc.get_count()
print(c[0] >= 100, c[1:])
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
a = []; a.append(a)
del a
n = gc.collect()
gc.callbacks.remove(cb)
print(n, log)
gc.set_debug(gc.DEBUG_SAVEALL)
b = {}; b["self"] = b
del b
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(0), gc.collect(1), gc.get_count())
x = [1, 2]
print(gc.is_tracked(x), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(Obj()))
t = (1, 2, "three")
gc.collect()
print(gc.is_tracked(t))
gc.set_threshold(5, 10, 10)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
class Fin:
    def __del__(self):
        print("Fin finalized", gc.is_finalized(self))
f = Fin(); f.me = f
del f
print("collect with finalizer", gc.collect())
