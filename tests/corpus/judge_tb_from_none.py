def lookup(table, name):
    try:
        return table[name]
    except KeyError:
        raise AttributeError(f"no field named {name!r}") from None

table = {'x': 1}
print(lookup(table, 'x'))
lookup(table, 'y')
