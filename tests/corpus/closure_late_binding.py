fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 100
    return out
print([g() for g in make()])
def cell_after():
    def read():
        return val
    val = "assigned later"
    return read()
print(cell_after())
