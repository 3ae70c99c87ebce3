def build(name, size, *, color):
    return {'name': name, 'size': size, 'color': color}

item = build(
    'box',
    3,
    color='red',
)
print(item)
result = build(
    'crate',
    item['size'] +
        item['weight'],
    color='blue',
)
