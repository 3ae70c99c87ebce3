def pair(x):
    items = [x, x + 1]
    alias = items
    return alias


result = pair(10)
print(result)
