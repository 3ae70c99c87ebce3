# Keyword arguments merged from ** mappings: duplicates and non-mappings raise CPython's TypeErrors,
# naming the callable the way CPython does (module-qualified for Python functions).
import collections


def f(**kw):
    return sorted(kw.items())


def g(a, **kw):
    return a, sorted(kw.items())


class C:
    def m(self, **kw):
        return sorted(kw)

    @staticmethod
    def s(**kw):
        return len(kw)


calls = [
    lambda: f(key=1, **{'key': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: g(1, b=2, **{'b': 3}),
    lambda: f(**{'x': 1}, y=2),
    lambda: dict(a=1, **{'a': 2}),
    lambda: C().m(z=1, **{'z': 2}),
    lambda: C.s(**{'q': 1}, **collections.OrderedDict(q=2)),
    lambda: f(**[1, 2]),
    lambda: C().m(**5),
    lambda: print(**{'sep': '-'}, **{'sep': '+'}),
    lambda: f(*5),
    lambda: f(**{1: 2}),
    lambda: f(**{'ok': 1}, **{'fine': 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
