total = 10
def add_to_total(n):
    total += n
    return total
print('calling')
add_to_total(5)
