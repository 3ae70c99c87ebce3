def parse_all(rows):
    return sum(int(cell) for row in rows for cell in row.split(','))

print(parse_all(['1,2', '3,4']))
print(parse_all(['5,6', '7,eight']))
