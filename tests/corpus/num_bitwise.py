a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(a << 3, a >> 2, -a >> 1)
print(bin(a), oct(64), hex(255))
print(0x1F, 0o17, 1_000_000)
print((-1) & 0xFF, ~0, ~-1)
