# Text processing: split, normalise, count with dicts, sort with a key function.
words = "the quick brown fox jumps over the lazy dog while seven wizards quietly hex jumbled boxes".split()
lines = []
for i in range(6000):
    picked = [words[(i * 7 + j * 3) % len(words)] for j in range(12)]
    lines.append(" ".join(picked).title() + ("." if i % 3 else "!"))

counts = {}
lengths = {}
for line in lines:
    for w in line.rstrip(".!").lower().split():
        counts[w] = counts.get(w, 0) + 1
        lengths.setdefault(len(w), set()).add(w)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print({k: len(v) for k, v in sorted(lengths.items())})
print(sum(len(line) for line in lines))
