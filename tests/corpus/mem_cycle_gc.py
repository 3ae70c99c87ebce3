import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("collected", self.name)
gc.disable()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("after del: nothing collected yet")
n = gc.collect()
print("gc.collect found", n)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
