a = x is 1
b = x is not "s"
c = 1 is x is None
if x is ():
    pass
d = (1, 2)(3)
e = [1][0]
f = (1, 2)["a"]
g = {1}[0]
h = 5[0]
i = "abc"["x"]
j = f"{x}"(1)
assert (x, "msg")
