# range with steps, negative steps, len/index/contains on range
acc = 0
for step in (1, 2, 3, 5, 7, -1, -3):
    if step > 0:
        r = range(0, 50000, step)
    else:
        r = range(50000, 0, step)
    for v in r:
        acc += v & 3
    acc += len(r) + r[len(r) // 2] + (4999 in r)
for i in range(2000):
    r = range(i, i + 10000, 3)
    acc += r.index(i + 3 * 7) + (i + 30 in r) + r[-1]
print(acc)
