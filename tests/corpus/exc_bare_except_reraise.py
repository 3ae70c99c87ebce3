import sys
def g():
    try:
        raise OSError("disk")
    except:
        print("bare except saw", sys.exc_info()[0].__name__)
        raise
try:
    g()
except OSError as e:
    print("outer got", e)
print(sys.exc_info())
try:
    raise LookupError
except LookupError as e:
    print(repr(e), str(e) == "")
