people = [('alice', 31, 'NY'), ('bob', 25, 'LA'), ('carol', 31, 'SF'), ('dave', 25, 'NY')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[2]))
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x, step=1: x + step
print(square(7), compose(square, inc)(3), inc(1, step=5), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(lambda s: s.title(), ['ab cd', 'ef'])), list(filter(lambda n: n % 3 == 0, range(12))))
from functools import reduce, partial
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)('1011'), pow2.func is pow, pow2.args)
print(square.__name__, square.__qualname__, (lambda: 0).__code__.co_name, type(square).__name__)
def outer():
    return lambda: outer.__name__
print(outer()(), outer().__qualname__)
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
print(sorted('banana Apple cherry apple'.split(), key=str.lower))
print(sorted('banana Apple cherry apple'.split(), key=lambda w: (w.lower(), w)))
print(sorted([3, -1, -4, 2], key=abs, reverse=True))
try:
    sorted([1, 2], key=lambda: 0)
except TypeError as e:
    print(e)
