o.m()
o.m(1, k=2)
a.b.c(d)
x = o.m(*a)
