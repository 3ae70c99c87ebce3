# Parsing floats from text: float(str), split numeric columns, format back.
lines = []
for i in range(25000):
    lines.append("%d,%.4f,%.2e,%g" % (i, i * 0.731, i * 13.1, i / 9))
sx = sy = sz = 0.0
for ln in lines:
    a, b, c, d = ln.split(",")
    sx += float(b)
    sy += float(c)
    sz += float(d) + float(a)
print(round(sx, 3), "%.6e" % sy, round(sz, 3), float("1e-5"), float(" -inf "), float("3.14159"))
