# Generator pipeline: generator functions, yield from, generator expressions, sum/any/zip/enumerate.
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squared(it):
    yield from (x * x for x in it)

def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)

total = sum(squared(evens(numbers(300000))))
w = 0
for a, b, c in windows(numbers(100000), 3):
    w += a + b - c
pairs = sum(i * x for i, x in enumerate(numbers(100000)) if x % 3)
words = ("w%d" % i for i in range(50000))
lens = sum(len(s) for s in words)
print(total, w, pairs, lens, any(x > 99998 for x in numbers(100000)))
