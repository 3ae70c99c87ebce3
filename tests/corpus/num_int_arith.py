a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, 2 ** 10, 2 ** -1)
print(divmod(a, b), divmod(-a, b))
print(+a, -a, ~a)
