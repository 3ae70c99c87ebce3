def f():
    y = 10
    return [x + y for x in range(3)]
print(f())

def g(n):
    return [lambda: i for i in range(n)]
print([h() for h in g(3)])

def h():
    data = [1, 2, 3]
    total = sum([v for v in data])
    return total, [data for _ in range(2)]
print(h())

class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
i = 99
print([i for i in range(2)], i)
