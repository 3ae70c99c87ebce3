# exceptions raised and caught in loops
d = {i: i for i in range(0, 1000, 3)}
lst = list(range(100))
miss = 0
for i in range(30000):
    try:
        miss += d[i % 1000]
    except KeyError:
        miss -= 1
    try:
        miss += lst[i % 150]
    except IndexError:
        miss += 2
for s in ["12", "x", "7", "", "-3"] * 3000:
    try:
        miss += int(s)
    except ValueError:
        miss += 100
it = iter(range(5))
n = 0
while True:
    try:
        n += next(it)
    except StopIteration:
        break
print(miss, n)
