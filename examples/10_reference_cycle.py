# Reference cycles: two objects that point at each other keep each other alive
# Mechanism: reference cycles
import gc

class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None

    def __repr__(self):
        return f"Node({self.label!r})"

left = Node("left")
right = Node("right")
left.partner = right
right.partner = left      # the cycle closes here
del left, right           # unreachable now, but each refcount is still 1
print("collected:", gc.collect())
