x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = {
    'a': 1,
    'b': (
        2
    ),
}
def f(
    a,
    b,
):
    pass
long = a \
    + b
