for p in ps:
    with lock:
        if p:
            break
        work(p)
