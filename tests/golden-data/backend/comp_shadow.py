x = 10
r = [x for x in range(3)]
print(x)
