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
import dis, opcode
print([dis.stack_effect(opcode.opmap[n], a) for n, a in [('LOAD_CONST', 0), ('BINARY_OP', 0), ('CALL', 2), ('BUILD_LIST', 3), ('POP_JUMP_IF_FALSE', 1), ('FOR_ITER', 1)]])
print(dis.stack_effect(opcode.opmap['FOR_ITER'], 1, jump=True), dis.stack_effect(opcode.opmap['FOR_ITER'], 1, jump=False), dis.stack_effect(opcode.opmap['POP_TOP']))
for args in [(opcode.opmap['LOAD_CONST'],), (opcode.opmap['POP_TOP'], 1), (0,)]:
    try:
        dis.stack_effect(*args)
    except ValueError as e:
        print(e)
