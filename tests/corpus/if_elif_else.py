def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 99]:
    print(n, classify(n))
x = 4
if x:
    print("truthy")
if not x:
    print("never")
else:
    print("else branch")
y = "yes" if x > 3 else "no"
print(y)
if x > 1:
    if x > 3:
        print("nested")
