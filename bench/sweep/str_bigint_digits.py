# Big ints as text: factorial digit sums, str() of large numbers, int() of long digit strings.
f = 1
digits = 0
for i in range(1, 1200):
    f *= i
    if i % 50 == 0:
        d = str(f)
        digits += sum(int(c) for c in d)
back = int(str(f))
fib_a, fib_b = 0, 1
for _ in range(3000):
    fib_a, fib_b = fib_b, fib_a + fib_b
t = str(fib_a)
print(digits, back == f, len(t), t[:20], t[-20:], len(str(2 ** 5000)))
