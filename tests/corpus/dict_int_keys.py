squares = {}
for i in range(-3, 8):
    squares[i] = i * i
print(squares)
print(squares[-2], squares.get(100))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
mixed = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed)
print({**{1: 2}, **{3: 4}, 1: 5})
d = {1: "a"} | {2: "b"}
print(d)
