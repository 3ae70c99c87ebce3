# Grouping anagrams by their sorted letters; word signatures; counting characters.
import itertools
letters = "aeilnrst"
words = ["".join(p) for p in itertools.islice(itertools.permutations(letters, 5), 6000)]
words += [w[::-1] + "x" for w in words[:3000]]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
freq = {}
for w in words:
    for ch in w:
        freq[ch] = freq.get(ch, 0) + 1
big = max(groups.values(), key=len)
print(len(groups), len(big), big[:3], sorted(freq.items()))
