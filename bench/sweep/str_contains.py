# Substring membership, startswith/endswith with tuples, filtering lines.
lines = []
for i in range(30000):
    lvl = ("INFO", "WARN", "ERROR", "DEBUG")[i % 4]
    lines.append(f"2024-01-{i % 28 + 1:02d} {lvl} module{i % 17}: request {i} took {i % 250}ms")
errs = warns = slow = mods = 0
for ln in lines:
    if "ERROR" in ln:
        errs += 1
    elif " WARN " in ln:
        warns += 1
    if ln.endswith(("9ms", "8ms")):
        slow += 1
    if ln.startswith(("2024-01-1", "2024-01-2")) and "module1" in ln:
        mods += 1
    if "x" not in ln:
        mods += 1
print(errs, warns, slow, mods)
