def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__code__.co_freevars, make_multiplier.__code__.co_cellvars)
def outer():
    a = 1
    def middle():
        def inner():
            return a + 1
        return inner()
    return middle()
print(outer())
print(double.__closure__[0].cell_contents)
