def apply(f, *args):
    return f(*args)
def twice(f):
    def g(x):
        return f(f(x))
    return g
print(apply(max, 3, 9, 4))
inc = lambda x: x + 1
print(twice(inc)(5), twice(twice(inc))(0))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(pipeline(str, len, inc)(12345))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
