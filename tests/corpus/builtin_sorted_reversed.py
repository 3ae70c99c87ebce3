print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True), sorted("cab"))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), "".join(reversed("abc")))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]))
r = reversed(range(3))
print(next(r), next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
