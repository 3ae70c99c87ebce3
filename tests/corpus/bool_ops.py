def v(x):
    print("v", x)
    return x
print(v(0) or v(2))
print(v(1) and v(0))
print(v(None) and v(1))
print(v("") or v([]) or v("last"))
print(1 and 2 and 3, 0 or "" or None)
print(not 0, not [1], not not "x")
a = []
b = a or [1]
print(b)
print((1 or 0) and (0 or 2))
x = 7
print(x > 5 and x < 10, x < 5 or x > 6)
