items = []
try:
    first = items[0]
except IndexError:
    first = items.missing
