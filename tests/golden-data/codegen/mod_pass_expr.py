pass
42
print
print("hi")
