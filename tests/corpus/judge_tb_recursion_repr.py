class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children})'
n = Node()
n.children.append(1)
print(n)
def walk(node, depth=0):
    return walk(node, depth + 1)
walk(n)
