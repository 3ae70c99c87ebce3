cases = [
    lambda: int("12x"),
    lambda: int(""),
    lambda: float("abc"),
    lambda: [1, 2].index(5),
    lambda: [].remove(0),
    lambda: "abc".index("z"),
    lambda: int("5", 1),
    lambda: range(1, 2, 0),
    lambda: chr(-1),
    lambda: max([]),
    lambda: "a,b".split(""),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print("ValueError:", e)
