def make_adder(k):
    def add(x):
        return x + k
    return add
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
total = 0
step = counter()
for i in range(200000):
    total += make_adder(i)(1)
    step()
print(total, step())
