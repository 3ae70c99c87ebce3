for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
else:
    print(i)
