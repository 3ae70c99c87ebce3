# Warm-up program run by scripts/build-cli.mjs once per build: the functions V8 compiles while the
# CLI compiles and runs this go into the bundle's code cache (src/cli/launch.ts), so ordinary
# programs start without compiling them again. It touches the common paths (compiler stages,
# calls, classes, exceptions, containers, strings, formatting, generators) and nothing else.
import sys


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Shape:
    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return self.name.upper()

    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side

    def area(self):
        return self.side ** 2


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2


def closure(k):
    def add(v, *args, scale=1, **kw):
        return (v + k) * scale + len(args) + len(kw)
    return add


def main():
    total = 0
    for i in range(200):
        total += i * i % 7
    words = {}
    for w in 'the quick brown fox jumps over the lazy dog the end'.split():
        words[w] = words.get(w, 0) + 1
    squares = [x * x for x in range(50) if x & 1]
    evens = {x: str(x) for x in range(20)}
    seen = {Point(i % 5, i % 3) for i in range(30)}
    shapes = sorted([Square(s) for s in (3, 1, 2)], key=lambda s: s.area())
    try:
        Shape('x').area()
    except NotImplementedError as e:
        err = type(e).__name__
    try:
        {}['missing']
    except KeyError:
        pass
    try:
        int('nope')
    except (ValueError, TypeError) as e:
        err += str(e)[:5]
    text = ', '.join(f'{k}={v:>3}' for k, v in sorted(words.items()))
    big = 2 ** 100 // 3 + fib(15)
    f = closure(3)
    parts = (f(1), f(2, 3, 4, scale=2, extra=1), sum(gen(40)), max(squares), min(evens), len(seen))
    pct = '%s %d %.3f' % ('x', 42, 3.14159)
    data = [(i, chr(97 + i)) for i in range(10)]
    data.reverse()
    a, *rest = data
    with open(__file__) as fh:
        first = fh.readline()
    print(total, len(words), text[:20], big % 1000, parts, pct, a, len(rest), err, shapes[0].label,
          repr(Point(1, 2.5)), 3.5 / 2, 10 // 3, 1e300 * 10, 'é'.encode(), first[:1], file=sys.stderr)


main()
