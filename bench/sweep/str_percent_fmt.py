# printf-style % formatting of ints, floats, strings and dict-based records.
out = []
size = 0
for i in range(30000):
    s = "%5d %-8s %7.3f %x %o %e" % (i, "id%d" % (i % 100), i / 3.0, i, i, i * 1.5)
    size += len(s)
    t = "%(name)s=%(val)04d" % {"name": "k", "val": i % 10000}
    size += len(t)
    if i % 7000 == 0:
        out.append(s + " " + t)
print(size)
print("\n".join(out))
