import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
a = Node("a"); b = Node("b")
a.next = b; b.next = a
c = Node("c"); d = Node("d"); c.next = d; d.next = c
del c, d
items = [1, "two", 3.0]
def f(x):
    y = [x, x]
    return y
f(items)
