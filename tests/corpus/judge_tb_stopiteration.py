def take_first(iterable):
    it = iter(iterable)
    return next(it)

print(take_first([10, 20]))
print(take_first([]))
