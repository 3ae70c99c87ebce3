# Hand-written tokenizer: character classes (isdigit/isalpha/isspace) and an arithmetic evaluator.
def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        else:
            toks.append(("op", c))
            i += 1
    return toks

src = " ".join("(x_%d + %d) * y%d - %d / (z + 1)" % (i % 9, i, i % 4, i * 3) for i in range(3000))
toks = tokenize(src)
kinds = {}
for k, v in toks:
    kinds[k] = kinds.get(k, 0) + 1
print(len(toks), sorted(kinds.items()), toks[:6])
