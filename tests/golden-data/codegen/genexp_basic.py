g = (x for x in y)
s = sum(x * x for x in range(10) if x % 2)
