x = a if b else (c if d else e)
y = [i for i in range(10) if i % 2 if i % 3]
z = {**a, **b}
w = not (a and b)
v = (lambda: (yield))
u = a[b][c](d)(e)[f]
t = -(-x)
s = ~(~x)
