# int <-> str conversions: digit sums, base conversion, parsing numbers from text.
s = 0
parts = []
for i in range(60000):
    t = str(i * 7919)
    s += int(t[::-1])
    parts.append(t)
joined = " ".join(parts)
nums = [int(x) for x in joined.split()]
h = 0
for n in nums[:20000]:
    h += int(hex(n), 16) + int(bin(n)[2:], 2) + int(oct(n)[2:], 8)
print(s, sum(nums), h, str(-12345), int("  42  "), int("-0x1f", 16), int("1_000"))
