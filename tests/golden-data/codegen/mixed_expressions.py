x = 1 if a else 2 if b else 3
y = not (a and (b or not c))
if not (a < b < c) or (d if e else f):
    pass
while (n := f()) is not None and n not in {1, 2}:
    del n
assert not x, f"{x!r:>{y}}"
z = [*a, *b], {**c, 'k': 1}, {*d}
print(*args, sep='', **kw)
a.b.c.d = e[f][g:h] = i
a[1:2], b.c = c
lambda *a, **k: (a, k)
t = (1, 2, (3, [4]))
del a[1:2], b.c, d[e]
global_var: "int" = 5
for [a, b] in c: pass
x = 2 ** -1; y = -2 ** 2; z = (-2) ** 0.5
s = 'a' 'b' f'{c}' 'd'
