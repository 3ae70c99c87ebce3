class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        out = []
        while node is not None:
            out.append(node.value)
            node = node.next
        return iter(out)
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "empty"
ll = LinkedList()
print(ll)
for v in range(5):
    ll.push(v)
print(ll, len(ll))
ll.reverse()
print(ll)
