if a and not b or c:
    pass
elif d is e in f:
    break
else:
    continue
