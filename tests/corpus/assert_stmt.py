assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
def checked(x):
    assert isinstance(x, int), f"bad type {type(x).__name__}"
    return x * 2
print(checked(4))
try:
    checked("s")
except AssertionError as e:
    print(e)
