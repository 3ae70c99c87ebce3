values = [3, 0, 1]
result = [10 / v for v in values]
