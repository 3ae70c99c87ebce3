def depth(n):
    return depth(n + 1) + 1

def count_down(n):
    if n == 0:
        return 0
    return count_down(n - 1)

print(count_down(500))
try:
    depth(0)
except RecursionError as e:
    print('caught:', e)
depth(0)
