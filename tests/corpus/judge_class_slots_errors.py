class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Point3(Point):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

p = Point3(1, 2, 3)
print(p, p.z, Point3.__slots__, hasattr(p, '__dict__'))
q = Point(5, 6)
del q.x
try:
    print(q.x)
except AttributeError as e:
    print(e)
try:
    q.w = 1
except AttributeError as e:
    print(e)
class Loose(Point):
    pass
lo = Loose(1, 2)
lo.extra = 'ok'
print(lo.extra, lo.__dict__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print(e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen()
try:
    f.a = 1
except AttributeError as e:
    print(e)
try:
    del f.a
except AttributeError as e:
    print(e)
object.__setattr__(f, 'a', 10)
print(f.a)
class Tracked:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('secret is hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback:{name}'
t = Tracked()
print(t.secret, t.anything)
try:
    object().foo = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    setattr([], 'x', 1)
except AttributeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
