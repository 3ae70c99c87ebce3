square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(square.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
