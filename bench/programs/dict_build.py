d = {}
for i in range(200000):
    d[i] = i * 3
s = 0
for k in d:
    s += d[k]
words = {}
for i in range(100000):
    key = i % 1000
    words[key] = words.get(key, 0) + 1
print(len(d), s, len(words), words[7])
