def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
print(f(1, 2, c=3, e=5, z=0))

def g(x, y):
    return x - y

class Box:
    def method(self, a, *, flag=False):
        return a, flag
    @staticmethod
    def st(p, q=1):
        return p + q
    @classmethod
    def cm(cls, n):
        return cls.__name__ * n

def only_pos(a, b, /):
    return a * b

def kwonly(*, alpha, beta):
    return alpha + beta

tests = [
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(1, 2, z=3),
    lambda: g(y=1),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, e=1, c=9),
    lambda: f(a=1, b=2, c=3, e=4),
    lambda: Box().method(),
    lambda: Box().method(1, 2),
    lambda: Box().method(1, flag=1, other=2),
    lambda: Box.method(1),
    lambda: Box.st(),
    lambda: Box.st(1, 2, 3),
    lambda: Box.cm(),
    lambda: only_pos(1, b=2),
    lambda: only_pos(a=1, b=2),
    lambda: kwonly(1, 2),
    lambda: kwonly(alpha=1),
    lambda: kwonly(),
    lambda: kwonly(alpha=1, beta=2, gamma=3),
    lambda: (lambda q: q)(),
    lambda: (lambda: 0)(1),
    lambda: g(*[1, 2, 3]),
    lambda: g(**{'x': 1, 'y': 2, 'w': 3}),
    lambda: g(1, **{'x': 2}),
    lambda: dict(1, 2),
    lambda: int(x=3),
    lambda: len(obj=[]),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: sorted([3, 1], lambda v: v),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'ok', r)
    except TypeError as e:
        print(i, type(e).__name__, e)
