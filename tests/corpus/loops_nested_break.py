found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if (i + j) % 2:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print(count)
