sum(x for x in range(10))
sorted((k, v) for k, v in d.items())
f((x for x in y), z)
any(x for x in y if x)
