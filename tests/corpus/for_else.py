def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
for c in "abc":
    if c == "b":
        continue
    print(c)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
for _ in []:
    print("never")
else:
    print("empty loop else")
