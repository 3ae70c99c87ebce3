words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig']
print([w.upper() for w in words if len(w) > 4])
print({w[0]: len(w) for w in words})
print({len(w) for w in words})
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([[c for c in w if c in 'aeiou'] for w in words[:3]])
print([x if x % 2 else -x for x in range(8)])
print([y for x in [[1, 2], [3], []] for y in x])
print(sum(len(w) for w in words), max((len(w), w) for w in words))
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if a * b % 2 == 0]
print(pairs, len(pairs))
transpose = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transpose)
print({k: v for k, v in sorted({'b': 2, 'a': 1, 'c': 3}.items(), key=lambda kv: -kv[1])})
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 4)}
print(nested)
print([i for i in range(3)] == list(i for i in range(3)), type((i for i in [])).__name__)
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(''.join(ch for ch in 'Hello, World!' if ch.isalpha()).lower())
g = [lambda: i for i in range(3)]
h = [lambda i=i: i for i in range(3)]
print([f() for f in g], [f() for f in h])
print([n for n in range(20) if n % 3 == 0 if n % 2 == 0])
print({x: [y for y in range(x)] for x in range(4) if x})
