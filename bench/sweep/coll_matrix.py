# 2-D lists: matrix multiply, transpose
n = 60
A = [[(i * j + 1) % 10 for j in range(n)] for i in range(n)]
B = [[(i + 2 * j) % 7 for j in range(n)] for i in range(n)]
C = [[0] * n for _ in range(n)]
for i in range(n):
    Ai = A[i]
    Ci = C[i]
    for j in range(n):
        s = 0
        for k in range(n):
            s += Ai[k] * B[k][j]
        Ci[j] = s
T = [list(row) for row in zip(*C)]
print(sum(map(sum, C)), T[3][5], C[5][3])
