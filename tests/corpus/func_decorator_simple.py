def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    return wrapper
@logged
def area(w, h):
    return w * h
area(3, 4)
def tag(name):
    def deco(fn):
        def inner():
            return f"<{name}>{fn()}</{name}>"
        return inner
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
