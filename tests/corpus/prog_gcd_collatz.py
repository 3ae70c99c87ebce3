def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))
print(gcd(2 ** 100, 6 ** 50))
