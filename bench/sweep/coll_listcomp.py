# list comprehensions with conditions, nested comprehensions
acc = 0
for rep in range(30):
    xs = [i * i for i in range(3000) if i % 3 != 0]
    ys = [x % 17 for x in xs if x & 1]
    pairs = [(a, b) for a in range(40) for b in range(a) if (a + b) % 5 == 0]
    flat = [c for row in [[i, i + 1, i + 2] for i in range(500)] for c in row]
    acc += len(xs) + sum(ys) + len(pairs) + flat[-1]
print(acc)
