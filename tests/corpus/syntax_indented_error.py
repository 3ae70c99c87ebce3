def outer():
    def inner():
        value = [1, 2,, 3]
        return value
    return inner
