obj.method(1)
obj.a.b.c(2)
x = obj.attr
