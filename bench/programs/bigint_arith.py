a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
x = 3 ** 2000
y = x * x // 7 + 12345
print(len(str(a)), a % 1000000007, y % 999983)
