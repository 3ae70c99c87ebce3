class Point:
    def __init__(self):
        self.x = 1
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)
try:
    Point().y
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".no_such_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.missing
except AttributeError as e:
    print("AttributeError:", e)
def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
