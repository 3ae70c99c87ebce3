f = lambda *a, **k: (a, k)
print(*x, **y)
[*a, *b]
