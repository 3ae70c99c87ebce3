x = 1
r = [x for x in range(3)]
print(x)
