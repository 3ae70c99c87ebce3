# Allocation-heavy recursion: build and check complete binary trees of nodes.
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main(max_depth):
    long_lived = build(max_depth)
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        total = 0
        for _ in range(iterations):
            total += check(build(depth))
        print(f"{iterations} trees of depth {depth} check {total}")
    print("long lived tree check", check(long_lived))


main(11)
