r = a if b else c
r = a if b else c if d else e
if (n := len(a)) > 10:
    pass
while (chunk := f.read()):
    pass
print(x := 1)
