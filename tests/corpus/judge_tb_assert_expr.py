def mean(values):
    assert values, 'values must not be empty'
    return sum(values) / len(values)

print(mean([1, 2, 3]))
scores = []
print(mean(scores))
