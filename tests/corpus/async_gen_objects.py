# The objects behind an async generator: sizes, refcounts, gc tracking, finalization, hooks.
import sys, gc

async def agen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("agen finally", n)

g = agen(3)
step = g.__anext__()
print(sys.getsizeof(g) == sys.getsizeof((lambda: (yield))()) , sys.getsizeof(step), sys.getsizeof(g.aclose()), sys.getsizeof(anext(g, None)))
print(gc.is_tracked(g), gc.is_tracked(step), sys.getrefcount(g))
print(type(step).__name__, type(g.athrow(ValueError)).__name__, type(anext(g, 0)).__name__)
del step
print(sys.getrefcount(g))

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

print(drive(g.__anext__()), drive(g.__anext__()))
del g   # suspended: closed by its finalizer (runs the finally block)
print("after del")

seen = []
def firstiter(ag):
    seen.append(("firstiter", ag.__qualname__))
def finalizer(ag):
    seen.append(("finalizer", ag.__qualname__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
h = agen(2)
print(drive(h.__anext__()))
del h            # the finalizer hook runs instead of closing
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(e)

class Cycle:
    pass
c = Cycle()
c.gen = agen(1)
drive(c.gen.__anext__())
c.self = c
del c
print("collected", gc.collect() > 0)
print("end")
