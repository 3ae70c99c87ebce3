total = 0
for r in range(600):
    squares = [x * x for x in range(1000)]
    evens = {x: x // 2 for x in squares if x % 2 == 0}
    total += len(evens) + sum(squares[:10])
print(total)
