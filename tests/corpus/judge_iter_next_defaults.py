it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, 'x'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), list(di), next(di, 'end'))
print(list(iter(range(3))), list(zip('abc', iter([1, 2]))))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
s = iter('hi')
print(type(s).__name__, next(s), s.__next__(), next(s, '!'))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next(iter({}))
except StopIteration:
    print('empty dict iterator')
e = enumerate('xy', start=10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed('abc')), list(reversed(range(5))))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(filter(None, [0, 1, '', 'a', None])), list(filter(str.isdigit, 'a1b2')))
z = zip([1, 2, 3], 'ab')
print(list(z), list(zip()), dict(zip(range(3), 'xyz')))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
print(sorted(iter([3, 1, 2])), min(iter([5, 4]), default=0), max([], default='none'))
try:
    min([])
except ValueError as ex:
    print(ex)
