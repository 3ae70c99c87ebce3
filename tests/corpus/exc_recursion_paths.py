class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
try:
    Node(5000)
except RecursionError as e:
    print("caught", e)
def f(n):
    return sorted([n], key=lambda x: f(x + 1))
try:
    f(0)
except RecursionError as e:
    print("caught2", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("caught3", e)
