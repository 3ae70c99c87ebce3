for a in x:
    while b:
        try:
            with c:
                if d:
                    break
        except E:
            continue
