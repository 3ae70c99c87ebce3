def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print('found', target, 'at', idx)
            break
    else:
        print(target, 'not found')

find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)
find([], 0)

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        print('stopping at', n)
        break
    print('even', n)
else:
    print('never')

m = 3
while m:
    m -= 1
else:
    print('while else ran, m =', m)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
    else:
        print('inner completed for', outer)

primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)

def loop_with_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    return i
print(loop_with_finally())

total = 0
for x in range(100):
    if x % 7 != 0:
        continue
    total += x
print(total)
i = 0
while True:
    i += 1
    if i > 4: break
print(i)
