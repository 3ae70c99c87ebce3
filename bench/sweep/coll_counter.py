# Counter: counting, most_common, arithmetic
from collections import Counter
words = ["w%d" % ((i * i) % 331) for i in range(40000)]
c = Counter(words)
c2 = Counter()
for w in words[::3]:
    c2[w] += 1
both = c & c2
either = c | c2
diff = c - c2
total = c + c2
top = c.most_common(5)
print(len(c), top, len(both), sum(either.values()), sum(diff.values()), total.most_common(1))
letters = Counter()
for i in range(2000):
    letters.update("abracadabra%d" % (i % 10))
print(letters.most_common(3))
