class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with Ctx("a") as c:
    print("body", c.name)
try:
    with Ctx("b"), Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with Ctx("in f"):
        return "returned"
print(f())
