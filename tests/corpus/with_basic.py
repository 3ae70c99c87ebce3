class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Resource("a") as r:
    print("using", r.name)
with Resource("b"), Resource("c") as c:
    print("inner", c.name)
try:
    with Resource("d"):
        raise KeyError("inside with")
except KeyError as e:
    print("propagated", e)
