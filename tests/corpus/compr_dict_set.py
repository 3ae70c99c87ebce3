print({n: n ** 2 for n in range(5)})
print({n % 4 for n in range(10)})
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words if len(w) > 3})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({len(w) for w in words}))
