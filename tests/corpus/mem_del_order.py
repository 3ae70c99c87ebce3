class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class Holder:
    def __init__(self):
        self.children = [Noisy("c1"), Noisy("c2")]
    def __del__(self):
        print("del holder")
h = Holder()
print("dropping holder")
h = 0
print("reassign loop")
x = Noisy("first")
for tag in ["second", "third"]:
    x = Noisy(tag)
print("loop done")
keep = Noisy("survivor")
