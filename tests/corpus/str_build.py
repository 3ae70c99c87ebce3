parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts)
s = ""
for p in parts:
    s += p + ","
print(s)
print(",".join(str(x) for x in range(10)))
print("".join(reversed("stressed")))
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words))
