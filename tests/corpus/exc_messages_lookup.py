cases = [
    lambda: [1, 2, 3][10],
    lambda: (1,)[-5],
    lambda: "abc"[3],
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[3],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [1][1:2][0],
]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__ + ":", e, "|", repr(e))
