def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc()
inc(5)
print(get())
def accumulate():
    total = []
    def push(x):
        total.append(x)
        return sum(total)
    return push
p = accumulate()
print(p(1), p(2), p(3))
def shadow():
    x = "outer"
    def f():
        x = "inner"
        return x
    f()
    return x
print(shadow())
