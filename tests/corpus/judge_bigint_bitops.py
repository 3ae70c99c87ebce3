x = (1 << 100) + 12345
y = -(1 << 77) - 999
for a, b in [(x, y), (y, x), (x, 7), (-x, 7), (y, -3), (0, y), (-1, x)]:
    print(a & b, a | b, a ^ b)
print(~x, ~y, -x >> 3, -x >> 200, x << 50 >> 50 == x, (-1) >> 1000)
print(x.bit_length(), y.bit_length(), (0).bit_length(), (-1).bit_length())
print(bin(x)[:20], hex(y), oct(x)[-6:], format(x, '#x')[:10], format(y, 'b')[-10:])
print(int.bit_count(x) if hasattr(int, 'bit_count') else x.bit_count(), (-255).bit_count())
print(x % 1000, y % 1000, divmod(y, 12345), divmod(x, -12345))
print(pow(x, 3, 10 ** 9), pow(y, 2, 97), pow(3, x, 1000))
print(abs(y), -y, +y, y * y > x * x, x // y, x % y, x / 2 ** 90)
print(int(str(x)[::-1]) % 9, sum(int(d) for d in str(x)))
print((2 ** 64 - 1).to_bytes(8, 'big'), int.from_bytes(b'\xff' * 3, 'little', signed=True))
print(12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 7, 10 ** 30 % 7, -10 ** 30 // 7, (-10) ** 30 // 7)
print(round(x, -10), round(y, -25))
print(int('1' * 50, 2), int('-zz' * 5, 36), int('0x' + 'f' * 30, 16))
print(hash(x), hash(y), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)))
print(float(x), float(y), x == float(x), int(float(x)) == x)
