import dis

def add_scaled(a, b, scale=2):
    return (a + b) * scale

def loop_sum(items):
    total = 0
    for x in items:
        if x % 2:
            continue
        total += x
    return total

def make_adder(n):
    def adder(x):
        return x + n
    return adder

dis.dis(add_scaled)
print('---')
dis.dis(loop_sum)
print('---')
dis.dis(make_adder)
print('---')
dis.dis(lambda x: x if x else None)
print('---')
dis.dis('a = b[1:2]; del a')
print([i.opname for i in dis.get_instructions(add_scaled)])
print(add_scaled.__code__.co_consts, add_scaled.__code__.co_names, add_scaled.__code__.co_varnames)
