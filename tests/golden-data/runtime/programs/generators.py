def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count_up(5)), sum(count_up(10)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def inner():
    yield 1
    return "inner-result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
squares = (x * x for x in range(5))
print(squares.__class__.__name__, list(squares), list(squares))
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in "a bb ccc".split()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
c = closer()
print(next(c))
c.close()
print("closed")
def thrower():
    try:
        yield 1
    except ValueError as err:
        print("got", err)
        yield 99
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
d = dict((k, v) for k, v in [("a", 1), ("b", 2)])
print(d, tuple(x for x in "xyz"), sorted(x % 3 for x in range(9)))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in gen_in_gen()])
