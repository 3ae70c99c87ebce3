def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
print(matmul(a, identity(2)) == a)
power = identity(2)
fibm = [[1, 1], [1, 0]]
for _ in range(30):
    power = matmul(power, fibm)
print(power[0][1])
