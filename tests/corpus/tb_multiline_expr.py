data = [1, 2, 3]
total = sum(
    x * 2
    for x in data
) + len(
    None
)
