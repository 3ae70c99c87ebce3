# Unpacking errors from sequences, iterators and endless iterators (3.12 wording).
import itertools
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def two(v):
    a, b = v
    return a, b

def star(v):
    a, *b, c = v
    return a, b, c

attempt("tuple 3", lambda: two((1, 2, 3)))
attempt("list 1", lambda: two([1]))
attempt("str", lambda: two("abc"))
attempt("dict", lambda: two({1: 2, 3: 4, 5: 6}))
attempt("range", lambda: two(range(5)))
attempt("gen", lambda: two(x for x in range(3)))
attempt("count", lambda: two(itertools.count()))
attempt("empty", lambda: two(iter([])))
attempt("int", lambda: two(7))
attempt("None", lambda: two(None))
attempt("star short", lambda: star([1]))
attempt("star iter short", lambda: star(iter([1])))
attempt("star ok", lambda: star(iter([1, 2, 3, 4])))
attempt("star exact", lambda: star("ab"))
attempt("star int", lambda: star(3))

seen = []
def produce():
    for i in range(5):
        seen.append(i)
        yield i
attempt("consumed", lambda: two(produce()))
print("items taken:", seen)

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)
attempt("getitem seq", lambda: two(Seq()))
attempt("getitem star", lambda: star(Seq()))
for a, *rest in [(1, 2, 3), [4], "xy"]:
    print(a, rest)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print(e)
