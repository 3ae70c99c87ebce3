name = input('Your name: ')
age = int(input('Age? '))
print(f'Hello {name}, next year you will be {age + 1}.')
nums = [int(x) for x in input().split()]
print(sum(nums), max(nums))
while True:
    try:
        line = input('> ')
    except EOFError:
        print('\n[eof]')
        break
    if not line:
        print('(blank)')
        continue
    print(line[::-1].upper())
