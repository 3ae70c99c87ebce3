# slicing with steps, slice assignment, slice deletion
data = list(range(2000))
acc = 0
for rep in range(200):
    evens = data[::2]
    odds = data[1::2]
    rev = data[::-1]
    mid = data[500:1500]
    acc += evens[rep] + odds[-rep - 1] + rev[rep] + len(mid)
    tmp = data[:]
    tmp[10:20] = [0] * 5
    tmp[::3] = [1] * len(tmp[::3])
    del tmp[100:200]
    acc += sum(tmp[:50]) + len(tmp)
print(acc)
