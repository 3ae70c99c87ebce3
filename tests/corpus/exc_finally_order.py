def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
h()
def k():
    try:
        raise ValueError("inner")
    finally:
        print("finally while raising")
try:
    k()
except ValueError as e:
    print("caught", e)
