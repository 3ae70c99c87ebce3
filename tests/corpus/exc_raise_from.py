class AppError(Exception):
    pass
def load():
    try:
        int("abc")
    except ValueError as e:
        raise AppError("could not load") from e
try:
    load()
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
def quiet():
    try:
        {}["x"]
    except KeyError:
        raise AppError("no context") from None
try:
    quiet()
except AppError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("implicit")
try:
    implicit()
except AppError as e:
    print(type(e.__context__).__name__, e.__cause__)
