if x in [1, 2, 3]:
    pass
if y not in {1, 2}:
    pass
if z in [a, b]:
    pass
for i in [1, 2]:
    pass
