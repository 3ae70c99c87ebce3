# CPython's own Lib/dis.py running on the VM over our code objects.
import dis
def f(a, b):
    return a + b * 2
dis.dis(f)
def g(xs):
    total = 0
    for x in xs:
        if x % 2:
            total += x
        else:
            try:
                total -= 1
            except ValueError as e:
                print(e)
    return [y for y in xs if y], total
dis.dis(g)
for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.opname[100], dis.opmap['LOAD_CONST'], dis.hasconst[:3], dis.cmp_op)
dis.dis(compile('x = [1, 2]\nprint(x)', '<s>', 'exec'))
print(dis.code_info(f))
