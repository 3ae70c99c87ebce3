r = [y := f(x) for x in data]
print(y)
