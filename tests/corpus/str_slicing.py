s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:])
print(s[::2], s[1::3], s[::-1], s[-3:], s[-3:-1])
print(s[2:100], s[100:], s[5:2], repr(s[5:2]))
print(s[8:2:-2], s[::-3])
print(len(s), len(""), len("ü"))
