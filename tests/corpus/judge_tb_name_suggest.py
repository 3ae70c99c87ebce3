def process(items):
    counter = 0
    for item in items:
        counter += 1
    return countr

total_items = 5
try:
    print(total_item)
except NameError as e:
    print('caught:', e)
try:
    prnt('x')
except NameError as e:
    print('caught:', e)
process([1, 2])
