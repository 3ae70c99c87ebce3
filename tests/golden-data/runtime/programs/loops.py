total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(total)
n = 0
while True:
    n += 1
    if n >= 10:
        break
else:
    print("never")
print(n)
for i in range(3):
    pass
else:
    print("for-else", i)
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
print([i for i in range(5)], i)
x = 10
while x:
    x //= 2
    print(x, end=",")
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
print(sum(i * i for i in range(10)) if False else sum([i * i for i in range(10)]))
