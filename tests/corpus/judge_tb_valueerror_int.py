def parse_scores(text):
    return [int(part) for part in text.split(',')]

print(parse_scores('1,2,3'))
total = sum(parse_scores('4, 5,six'))
