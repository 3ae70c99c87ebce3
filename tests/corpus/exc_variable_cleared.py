try:
    raise ValueError("bye")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("after handler:", e)
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
