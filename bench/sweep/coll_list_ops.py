# list insert/pop/remove/extend/index/count/reverse/copy
acc = 0
for rep in range(40):
    a = list(range(300))
    for i in range(100):
        a.insert(i * 2, -i)
    for i in range(50):
        a.pop()
        a.pop(0)
    for i in range(60, 90):
        a.remove(i)
    b = a.copy()
    b.reverse()
    b.extend(a[:50])
    acc += b.index(150) + b.count(0) + len(b)
    for x in (5, 77, 150):
        if x in b:
            acc += x
print(acc)
