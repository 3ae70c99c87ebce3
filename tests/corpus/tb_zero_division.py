def ratio(a, b):
    return a / b
print("before")
print(ratio(10, 0))
print("never")
