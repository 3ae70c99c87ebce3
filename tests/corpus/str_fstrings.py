name = "Ada"
n = 42
pi = 3.14159265
print(f"{name} has {n} items")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g}")
print(f"{n:x} {n:o} {n:b} {n:#x} {255:X}")
print(f"{name!r} {name!s} {name!a}")
print(f"{n = }, {pi=:.1f}")
print(f"{'nested ' + name}")
print(f"{{literal braces}} {n}")
print(f"{1234567:,} {1234567:_}")
print(f"{0.25:%} {-3:+d} {3:+d}")
width = 8
print(f"[{name:>{width}}]")
