def average(values):
    total = sum(values)
    return total / len(values)


scores = {"ada": [90, 85], "bob": []}
for name, vals in scores.items():
    print(name, average(vals))
