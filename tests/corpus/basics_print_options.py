import sys
print("a", "b", "c", sep="")
print("no newline", end="")
print(" -- continued")
print("to stderr", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
print("x", 1, sep=None, end=None)
