# key=value configuration lines: partition, rpartition, strip, lower, startswith.
lines = []
for i in range(30000):
    if i % 10 == 0:
        lines.append("# comment line %d" % i)
    else:
        lines.append("  Key_%d = value.%d.part  " % (i % 500, i))
conf = {}
exts = 0
for ln in lines:
    ln = ln.strip()
    if not ln or ln.startswith("#"):
        continue
    key, _, val = ln.partition("=")
    key = key.strip().lower()
    val = val.strip()
    base, dot, ext = val.rpartition(".")
    if ext == "part":
        exts += 1
    conf[key] = base
print(len(conf), exts, conf["key_7"], sorted(conf)[:3])
