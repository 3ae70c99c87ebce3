matrix = [[1, 2, 3], [4, 5, 6]]
lookup = {'row': 1, 'col': 7}
print(matrix[lookup['row']][2])
value = matrix[lookup['row']][lookup['col']]
