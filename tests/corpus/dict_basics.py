d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
print("one" in d, "four" not in d)
print(d.get("four"), d.get("four", 4), d.get("one"))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["one"]
print(d)
print(d.pop("two"), d.pop("missing", "default"), d)
d.update({"a": 1}, b=2)
print(d)
print(d.setdefault("c", []), d.setdefault("a", 100), d)
print(dict(x=1, y=2), dict([("k", "v")]), dict(zip("ab", [1, 2])))
