for i in a:
    for j in b:
        if i == j:
            break
        total = i + j
