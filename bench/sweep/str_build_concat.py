# Building strings: += in a loop, join of a generator, repetition, reversed join.
s = ""
for i in range(30000):
    s += str(i % 10)
    if i % 1000 == 999:
        s += "\n"
g = "".join(str(i) for i in range(40000))
lst = "-".join([chr(65 + i % 26) * (i % 4 + 1) for i in range(30000)])
rev = "".join(reversed(g[:20000]))
acc = []
for line in s.splitlines():
    acc.append(line[::-1])
print(len(s), len(g), len(lst), rev[:20], len("".join(acc)), s.count("\n"))
