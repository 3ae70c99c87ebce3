def make(n):
    scale = n
    return [[scale * r + c for c in range(3)] for r in range(2)]
print(make(10))

def counter():
    items = []
    def add(x):
        items.extend([x for _ in range(x)])
        return len(items)
    return add
add = counter()
print(add(2), add(3))
print({k: [v for v in range(k)] for k in range(4)})
