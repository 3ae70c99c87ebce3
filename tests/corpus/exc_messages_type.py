cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: None(),
    lambda: 5[0],
    lambda: len(5),
    lambda: {}[[]],
    lambda: -"x",
    lambda: "a" < 1,
    lambda: int(None),
    lambda: "x" * "y",
    lambda: iter(5),
    lambda: sum(["a", "b"]),
    lambda: (1, 2)[0:1:0],
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
