def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not this one")
def level1():
    try:
        level2()
    except IndexError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            print("inner", inner, "context", repr(inner.__context__))
        print("back in outer handler")
finally:
    print("outer finally")
