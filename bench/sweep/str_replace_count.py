# Search and replace: count, find, replace on a repeated paragraph.
para = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief. ")
doc = para * 200
hits = 0
pos = 0
for word in ("was", "the", "age", "times", "of", "it", "epoch", "zebra"):
    hits += doc.count(word)
    pos += doc.find(word) + doc.rfind(word)
for k in range(40):
    d = doc.replace("times", "days").replace("it was", "It Was").replace("of", "OF", 50)
    hits += len(d)
i = doc.find("age")
n = 0
while i != -1:
    n += 1
    i = doc.find("age", i + 1)
print(hits, pos, n, d[:80])
