print("hello, bytescope")
print("two", "words", sep="-", end="!\n")
print()
print(1, 2.5, None, True, "x", [1], (2,), {3: 4})
