# str.format with positional, named, indexed and attribute fields.
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age

people = [P("person%d" % i, 20 + i % 50) for i in range(200)]
tmpl = "{0.name:<12} is {0.age:3d} years; {1}/{2} ({ratio:.2f})"
out = []
n = 0
for k in range(100):
    for j, p in enumerate(people):
        s = tmpl.format(p, j, len(people), ratio=j / len(people))
        n += len(s)
        if j == 7:
            out.append(s)
    n += len("{} {} {}".format(k, k * 2, "x")) + len("{a}-{b}".format(a=k, b=-k))
print(n, out[0], out[-1])
