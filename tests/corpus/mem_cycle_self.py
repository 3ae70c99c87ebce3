import gc, sys
gc.disable()
x = []
x.append(x)
print(sys.getrefcount(x))
del x
print(gc.collect())
d = {}
d["me"] = d
e = [d]
del d
print(gc.collect(), len(e[0]))
del e
print(gc.collect())
