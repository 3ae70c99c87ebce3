a.b, c[d], *e = f
(a.b, (c, d)) = g
[a, [b, c]] = h
x = y = z.w = 1
a[b:c] = d
