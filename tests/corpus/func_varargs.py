def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def config(**opts):
    for k in opts:
        print(k, "=", opts[k])
    return len(opts)
print(config(a=1, b="two"))
def both(first, *rest, **named):
    return first, rest, named
print(both(1))
print(both(1, 2, 3, x=4))
print(both(*range(3), **{"k": "v"}))
