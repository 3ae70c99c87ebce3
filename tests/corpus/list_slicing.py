xs = list(range(10))
print(xs[2:5], xs[:-7], xs[::3], xs[::-2])
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[::2] = [0] * 6
print(xs)
del xs[0:2]
print(xs)
del xs[::3]
print(xs)
ys = xs[:]
ys[0] = "changed"
print(xs[0] != ys[0])
xs[len(xs):] = [99]
print(xs)
