def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {sorted(kw.items())}"
print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = outer(); f(); f(); print(f(), f.__name__, f.__qualname__)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3))
def kwonly(a, /, b, *, c):
    return a + b + c
print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
g = 0
def setg():
    global g
    g = 42
setg(); print(g)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults.__defaults__)
def doc():
    "A docstring."
print(doc.__doc__, doc(), callable(doc), callable(1))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
print((lambda: (yield_ := 5) + 1)())
