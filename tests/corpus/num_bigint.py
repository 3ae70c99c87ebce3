x = 2 ** 100
print(x)
print(x * x)
print(x - 1, -x)
y = 123456789012345678901234567890
print(y // 7, y % 7)
print(y * -3)
print(3 ** 80)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact.bit_length())
print(int("9" * 40) + 1)
