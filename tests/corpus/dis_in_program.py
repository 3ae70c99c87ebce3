import dis
def area(w, h=2):
    return w * h
def loop(xs):
    total = 0
    for x in xs:
        if x > 1:
            total += x
    return total
dis.dis(area)
print("---")
for ins in dis.get_instructions(loop):
    print(ins.offset, ins.opname, ins.arg, ins.argrepr)
print("---")
dis.dis(lambda a: [a * i for i in range(3)])
