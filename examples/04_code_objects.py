# Code objects: constants, names and local variable slots of a function
# Mechanism: code objects
def describe(word, repeat=2):
    sep = "-"
    return sep.join([word] * repeat)

code = describe.__code__
print("name:      ", code.co_name)
print("argcount:  ", code.co_argcount)
print("varnames:  ", code.co_varnames)
print("consts:    ", code.co_consts)
print("stacksize: ", code.co_stacksize)
print(describe("ab", 3))
