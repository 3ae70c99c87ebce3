def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i
caught = 0
total = 0
for i in range(150000):
    try:
        total += risky(i)
    except ValueError:
        caught += 1
    finally:
        total += 1
print(caught, total)
