class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("continues")
def f():
    with Suppress(ValueError) as nothing:
        print("as target:", nothing)
        return "returned from with"
print(f())
for i in range(3):
    with Suppress(KeyError):
        if i == 1:
            continue
        print("loop", i)
