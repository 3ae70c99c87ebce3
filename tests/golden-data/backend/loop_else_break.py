for x in y:
    if x:
        break
else:
    z = 1
w = 2
