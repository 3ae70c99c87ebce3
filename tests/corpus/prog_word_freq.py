text = """the rain in spain falls mainly on the plain
in spain the rain is plain"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in top[:5]:
    print(f"{word:>8} {'#' * count} {count}")
print(len(freq), sum(freq.values()))
