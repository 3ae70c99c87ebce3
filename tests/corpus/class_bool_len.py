class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
print(not Bag(), Flag(False) or "fallback")
class Weird:
    def __len__(self):
        return -1
try:
    len(Weird())
except ValueError as e:
    print(e)
