def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), counter)

def kwdefaults(*, sep='-', times=2):
    return sep.join(['ab'] * times)
print(kwdefaults(), kwdefaults(times=3), kwdefaults(sep='+'))
print(sorted(kwdefaults.__kwdefaults__.items()))
kwdefaults.__kwdefaults__ = {'sep': '*', 'times': 4}
print(kwdefaults())

def show(a, b=2, *rest, c, d=4, **extra):
    print(a, b, rest, c, d, extra)
show(1, c=3)
show(1, 2, 3, 4, 5, c=6, d=7, e=8)
show(*range(5), c='C', **{'z': 26, 'y': 25})
print(show.__code__.co_argcount, show.__code__.co_kwonlyargcount, show.__code__.co_varnames)
print(show.__defaults__, show.__kwdefaults__)
