def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("multi", e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, repr(e.__context__))
def gen_err():
    try:
        return "try"
    finally:
        print("cleanup")
print(gen_err())
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
with open if False else type("CM", (), {"__enter__": lambda s: print("enter") or s, "__exit__": lambda s, *a: print("exit", a[0].__name__ if a[0] else None) or True})() as cm:
    raise ValueError("suppressed")
print("after with")
