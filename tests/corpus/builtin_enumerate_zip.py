for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1], [2], [3])))
names = ["a", "b"]
vals = [1, 2]
print(dict(zip(names, vals)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
