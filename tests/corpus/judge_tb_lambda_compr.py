def apply_all(funcs, value):
    return [f(value) for f in funcs]

transforms = [
    lambda x: x + 1,
    lambda x: x * 2,
    lambda x: x / (x - 3),
]
print(apply_all(transforms[:2], 3))
print(apply_all(transforms, 3))
