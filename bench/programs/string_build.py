parts = []
for i in range(100000):
    parts.append(str(i))
joined = ",".join(parts)
s = ""
for i in range(50000):
    s += "ab"
text = ""
for i in range(20000):
    text = text + chr(97 + i % 26)
print(len(joined), len(s), text[:10], f"{len(parts)}-{parts[-1]}")
