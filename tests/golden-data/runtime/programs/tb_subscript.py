matrix = [[1, 2], [3, 4]]
row = 5
print(matrix[0][1])
value = matrix[row][0] * 2
