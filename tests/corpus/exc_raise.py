def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return 10 / n
for n in [5, 0, -1]:
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e.args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), e.args)
try:
    raise KeyError("missing")
except KeyError as e:
    print(str(e), repr(e))
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised", e)
