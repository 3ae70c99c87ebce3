def documented(a, b):
    """Adds two things."""
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__qualname__)
print(documented.__code__.co_name, documented.__code__.co_argcount)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
documented.custom = 5
print(documented.custom, callable(documented), callable(5))
print(documented.__module__)
