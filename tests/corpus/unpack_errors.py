def attempt(fn):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def not_iterable():
    a, b = 5
def star_short():
    a, b, *c = [1]
attempt(too_many)
attempt(too_few)
attempt(not_iterable)
attempt(star_short)
