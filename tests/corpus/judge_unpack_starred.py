a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = [1]
print(first, rest)
(p, q), [r, *s] = (1, 2), [3, 4, 5]
print(p, q, r, s)
x = y = z = 0
x, y = y, x + 1
print(x, y, z)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
head, *_, tail = 1, 2, 3, 4
print(head, tail, _)
print(*range(3), *'ab', sep='|')
merged = [*range(2), *[10, 11], *'xy']
print(merged, (*merged,), {*merged}.__len__(), {**{'a': 1}, **{'b': 2}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{'m': 2}))
cases = [
    'a, b = [1, 2, 3]',
    'a, b, c = [1, 2]',
    'a, *b, c = [1]',
    'a, b = 5',
    '(a, b), c = [1, 2], 3',
    'a, b = None',
    'a, = []',
]
for src in cases:
    try:
        exec(src)
        print('ok', src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
obj = type('O', (), {})()
obj.a, obj.b = 'AB'
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
d = {}
d['k'], d['j'] = divmod(17, 5)
print(obj.a, obj.b, lst, d)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
