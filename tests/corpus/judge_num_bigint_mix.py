big = 2 ** 200
print(big)
print(-big // 7, -big % 7, divmod(-big, 7))
print(big // -3, big % -3)
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(3 ** 100 - 3 ** 99)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), pow(-2, 3))
print(pow(2, -2), 2 ** -1, (-8) ** (1/3) if False else 'skip')
print(big.bit_length(), (big - 1).bit_length(), (-big).bit_length())
print(big >> 190, big << 3 >> 200, -big >> 198, ~big == -big - 1)
print(0xFFFF_FFFF_FFFF_FFFF & -big, 12345678901234567890 | 1, 12345678901234567890 ^ 98765432109876543210)
print(int('ff', 16), int('0o777', 0), int('0b1010', 0), int('z', 36), int('  -42  '), int('1_000_000'))
print(int('123456789012345678901234567890'), int(-3.99), int(2.5e20), int(True))
print(hex(big), oct(255), bin(-10), hex(-255))
print(abs(-big) == big, -(-big) == big, big == float(big), big + 0.5)
print(10 ** 20 / 10 ** 10, 10 ** 30 // 10 ** 15, 7 / 2, -7 / 2)
print(1 << 64, (1 << 64) - 1, -(1 << 63))
print(round(123456789, -3), round(-2.5), round(3.5), round(2.675, 2))
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(sum(range(10 ** 6)), max(2 ** 70, 3 ** 44))
print(int.from_bytes(b'\x01\x00', 'big'), (255).bit_count() if hasattr(int, 'bit_count') else '')
for bad in ['12a', '', '0x', '1__0', '1.5']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(e)
try:
    print(1 << -1)
except ValueError as e:
    print(e)
