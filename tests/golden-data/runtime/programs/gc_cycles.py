import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalize", self.name)
gc.collect()
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("before collect")
print("collected", gc.collect())
x = []
x.append(x)
del x
print("list cycle", gc.collect())
print(gc.get_threshold(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": []}))
class Plain: pass
p = Plain(); q = Plain(); p.q = q; q.p = p
del p, q
print("plain", gc.collect())
