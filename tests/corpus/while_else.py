i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("loop finished normally")
j = 10
while j > 0:
    j -= 3
    if j < 5:
        print("breaking at", j)
        break
else:
    print("never printed")
n = 0
while True:
    n += 1
    if n >= 3:
        break
print("n", n)
