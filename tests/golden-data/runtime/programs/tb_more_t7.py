class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
m = Matrix([[1, 2], [3, 4]])
print(m[1, 1])
print(m[2, 0])
