def show(*args, **kwargs):
    print(args, kwargs)
nums = [1, 2, 3]
opts = {"sep": "-", "end": "."}
show(*nums)
show(0, *nums, 4, *nums)
show(**opts)
show(*nums, x=1, **opts)
print(*nums, **opts)
print()
print([*nums, *"ab"], (*nums,), {*nums, 4}, {**opts, "x": 1})
