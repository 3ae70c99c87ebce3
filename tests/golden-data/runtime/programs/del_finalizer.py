class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
a = Noisy("a")
b = a
del a
print("a deleted, b alive")
del b
print("b deleted")
def scope():
    x = Noisy("local")
    print("in scope")
scope()
print("after scope")
lst = [Noisy("l1"), Noisy("l2")]
lst.clear()
print("cleared")
c = Noisy("rebound")
c = None
print("end")
d = Noisy("at exit")
