d = {'b': 2, 'a': 1}
d['c'] = 3
d.update(d=4, a=10)
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('e', 5), d.setdefault('a', 99), d.pop('b'), d.pop('zz', 'dflt'))
print(d.popitem(), d)
e = dict.fromkeys('xyz', 0)
print(e, dict(zip('ab', [1, 2])), dict([('k', 'v')], extra=1))
print(d | {'new': 1}, {**d, 'a': -1})
d |= {'z': 26}
print(d, 'a' in d, 1 in d, 'z' in d.keys(), 26 in d.values())
del d['a']
for k in sorted(d):
    print(k, d[k], end='; ')
print()
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: 'a'} == {1.0: 'a'}, {1: 2, 3: 4}.keys() & {3, 5}, sorted(d.keys() - {'c'}))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    for k in d:
        d[k + '!'] = 1
except RuntimeError as e:
    print(e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3})
print(set(), frozenset([1, 2, 2]), set('hello') == set('olleh'), len({1, 1.0, True}))
fs = frozenset({1, 2})
print({fs: 'frozen'}, fs | {3}, type(fs | {3}).__name__, {1, 2}.isdisjoint({3}))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
nested = {'outer': {'inner': [1, 2, {'deep': True}]}}
print(nested['outer']['inner'][2]['deep'], nested)
print(sorted({'b': 1, 'a': 2}.items()), list(reversed({'x': 1, 'y': 2})))
