rows = ['alpha', 'beta', 'gamma']
def pick(i, j):
    return rows[i][j]
print(pick(0, 1), pick(-1, -1))
print(pick(1, 10))
