def handler():
    try:
        raise ValueError("first")
    except ValueError:
        return 1 / 0
handler()
