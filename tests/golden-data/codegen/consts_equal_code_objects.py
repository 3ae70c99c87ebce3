while any(w.alive for w in ws):
    pass
x = [lambda: 1, lambda: 1]
