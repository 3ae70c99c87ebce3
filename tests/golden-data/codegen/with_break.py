for i in y:
    with g():
        break
