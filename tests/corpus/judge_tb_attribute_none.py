import re
def first_word(text):
    match = re.match(r'[a-z]+', text)
    return match.group(0).upper()

print(first_word('hello world'))
print(first_word('123 abc'))
