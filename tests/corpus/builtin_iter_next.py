it = iter([10, 20, 30])
print(next(it))
print(list(it))
print(next(it, "done"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(iter(Seq())))
try:
    next([1, 2])
except TypeError as e:
    print(e)
