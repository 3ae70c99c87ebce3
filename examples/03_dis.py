# Bytecode: step one instruction at a time and watch the value stack
# Mechanism: dis / the evaluation loop
def scale(values, factor):
    out = []
    for v in values:
        out.append(v * factor + 1)
    return out

result = scale([3, 4, 5], 10)
print(result)
