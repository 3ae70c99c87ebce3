def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return step, get
s, g = counter()
s(); s()
print(g(), s.__closure__[0].cell_contents)
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(who):
    return "hi " + who
print(hello("there"))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80))
class Outer:
    val = 1
    def m(self):
        return [self.val + i for i in range(3)]
print(Outer().m())
