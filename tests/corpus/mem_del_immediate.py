class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Tracked("a")
b = Tracked("b")
print("rebinding a")
a = None
print("deleting b")
del b
def scope():
    local = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
items = [Tracked("x"), Tracked("y")]
items.pop()
print("popped")
items.clear()
print("cleared")
Tracked("temp")
print("end of module")
