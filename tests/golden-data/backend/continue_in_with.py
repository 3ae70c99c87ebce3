for i in y:
    with c:
        continue
