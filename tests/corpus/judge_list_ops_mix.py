nums = [5, 3, 8, 1, 9, 2]
print(nums[::-1], nums[::-2], nums[-2:], nums[:-2], nums[1:5:2], nums[5:1:-2], nums[10:], nums[-100:2])
nums[1:3] = ['a', 'b', 'c']
print(nums)
nums[::2] = [0, 0, 0, 0]
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print(e)
nums[:] = range(5)
print(nums)
nums[2:2] = [99, 98]
print(nums)
nums[-1:] = []
print(nums)
del nums[::3]
print(nums)
a = [1, 2, 3]
b = a
a += [4]
print(b, a is b)
a = a + [5]
print(b, a is b)
a *= 2
print(a)
print([0] * 3, [[]] * 2, 3 * 'ab')
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(grid, bad)
xs = [3, 1, 2]
xs.sort(reverse=True)
print(xs, sorted(xs), xs.index(1), xs.count(3))
xs.insert(0, 10); xs.insert(-1, 20); xs.insert(100, 30)
print(xs, xs.pop(), xs.pop(0), xs)
xs.extend('ab'); xs.remove(2)
print(xs, xs.copy() == xs, xs.copy() is xs)
xs.reverse(); print(xs)
xs.clear(); print(xs, len(xs))
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] == [], [1] != [1.0])
print(list(range(10))[slice(2, 8, 3)], slice(1, 10, 2).indices(5))
for bad_op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 'a'].sort(), lambda: [1][2], lambda: [] + ()]:
    try:
        bad_op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], m[1][-1], m[-1][::-1])
