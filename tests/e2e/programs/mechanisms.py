import gc
import tracemalloc

tracemalloc.start()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def build(n):
    total = 0
    items = [str(i) * 3 for i in range(n)]
    for s in items:
        total += len(s)
    return items, total


data, size = build(200)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("built", size)
