for i in x:
    for j in y:
        if j:
            break
    else:
        continue
    break
