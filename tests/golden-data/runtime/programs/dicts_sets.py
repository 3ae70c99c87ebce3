d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; print(d, d.pop("a"), d, d.setdefault("q", 9), d)
d.update({"x": 1}, y=2); print(d, sorted(d))
print({k: v for k, v in zip("abc", range(3))}, dict(a=1, b=2), dict([(1, 2), (3, 4)]), {**d, "z": 0})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
s = {3, 1, 2, 3}; s.add(10); s.discard(1)
print(s, len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3})
print(set("hello") == set("olleh"), sorted({5, 3, 8}), frozenset([1, 2]), set(), {x % 3 for x in range(10)})
print({1: "a", True: "b"}, {1.0: "x"}, {(1, 2): "t"}, {None: 0})
print(set(range(20)), {100, 200, 300, 7, 17, 33, 64})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
e = {}
print(e == {}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
