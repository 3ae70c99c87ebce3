def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x > 0, x
    assert x != 7
    return x * 2

for value in [3, 'a', -2, 7, 2.5]:
    try:
        print(check(value))
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)

def tuple_assert():
    assert (1 if True else 0, 'always true')[0]
    return 'fine'
print(tuple_assert())

data = [1, 2, 3]
assert len(data) == 3, 'length'
assert sum(data) == 7, f"sum was {sum(data)}, items {data}"
