class Tree:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)
    def inorder(self):
        left = self.left.inorder() if self.left else []
        right = self.right.inorder() if self.right else []
        return left + [self.key] + right
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder())
print(root.height())
