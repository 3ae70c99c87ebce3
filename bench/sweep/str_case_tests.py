# Case conversion and character-class predicates over many short words.
words = []
for i in range(40000):
    w = "w%dxYz" % i if i % 3 else "Word%d" % (i * 7)
    words.append(w)
up = lo = ti = dig = alp = aln = 0
for w in words:
    u = w.upper()
    l = w.lower()
    t = w.title()
    up += len(u)
    lo += l.count("w")
    ti += t[0] == "W"
    if w[1:].isdigit():
        dig += 1
    if w.isalpha():
        alp += 1
    if w.isalnum():
        aln += 1
    if w.swapcase().islower():
        lo += 1
print(up, lo, ti, dig, alp, aln, words[5].capitalize(), words[6].casefold())
