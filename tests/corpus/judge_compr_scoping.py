x = 'global x'
result = [x for x in range(3)]
print(result, x)
print([i * j for i in range(1, 4) for j in range(i, 4) if (i + j) % 2])
print({k: v for k, v in zip('abc', range(3)) if v})
print({c.upper() for c in 'hello'} == set('HELO'))
print(list((n, n ** 2) for n in range(4)))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([[y for y in range(x)] for x in range(4)])
flat = [v for row in matrix for v in row if v % 2 == 0]
print(flat)

class Scope:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        err = str(e)
print(Scope.scaled, Scope.err)

def outer():
    base = 100
    return [base + i for i in range(3)], (lambda: [base * k for k in (1, 2)])()
print(outer())

gen = (a + b for a in range(2) for b in range(2))
print(next(gen), list(gen), list(gen))
print([(walrus := n) * 2 for n in range(3)], walrus)
print(sum(sq for sq in (k * k for k in range(10)) if sq > 10))
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print([i for i in range(10)][::3], [c for c in 'abc' if c != 'b'] + ['z'])
print(dict((str(i), i) for i in range(3)), set(x % 3 for x in range(10)))
