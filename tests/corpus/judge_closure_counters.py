def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(5)
inc(); inc(10)
print(get())
print(inc.__code__.co_freevars, get.__closure__[0].cell_contents)

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
            return x
        return inner
    fn = middle()
    print(x)
    fn()
    print(x)
outer()

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * i)
print([f() for f in funcs])

late = [lambda: j for j in range(3)]
print([f() for f in late])

g_total = 0
def add_global(n):
    global g_total
    g_total += n
    return g_total
add_global(3); add_global(4)
print(g_total)

def make_acc():
    items = []
    def acc(x):
        items.append(x)
        return len(items)
    return acc
a1, a2 = make_acc(), make_acc()
a1(1); a1(2); a2(3)
print(a1(0), a2(0))
print(a1.__closure__[0].cell_contents)

def broken():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    print(inner())
broken()

def cell_del():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(e)
cell_del()
