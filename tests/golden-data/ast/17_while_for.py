while True:
    break
while x:
    continue
else:
    pass
for i in range(10):
    pass
for a, b in items:
    pass
else:
    pass
for (a, b) in c:
    pass
for x, in y:
    pass
for [a, *b] in c:
    pass
for i in 1, 2:
    pass
