print(f"{'C':>6} {'F':>7} {'K':>7}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} {f:>7.1f} {k:>7.2f}")
avg = sum(range(-40, 101, 20)) / len(range(-40, 101, 20))
print(f"average {avg:.3f}")
