def two(a, b):
    return a + b
def kw(*, key):
    return key
cases = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=2),
    lambda: two(1, 2, c=3),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw(key=1, other=2),
    lambda: len(),
    lambda: len([], []),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
