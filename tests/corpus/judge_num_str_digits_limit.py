import sys
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-5:])
big = 10 ** 4300
print(big.bit_length())
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(hex(big)[:12], len(hex(big)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(4300)
x = 7 ** 6000
print(x % 1000, x.bit_length())
print(f"{big}")
