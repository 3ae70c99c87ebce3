[y := 10, y ** 2]
(x := 1)
f(a, b := 2)
def g(): return (z := 3)
if any((c := x) for x in xs): pass
a[b := 1]
{(k := 1): (v := 2)}
