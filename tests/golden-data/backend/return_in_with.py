def f():
    with c:
        return g()
