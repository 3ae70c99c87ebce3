xs = [1, 2]
xs.append(xs)
print(xs)
d = {"self": None}
d["self"] = d
print(d)
print(repr([]), repr({}), repr(()), repr(set()), repr([()]), repr(((),)))
print([1.0, "s", None, True], (1,), {1: [2, (3,)]})
