# Run-length encoding and decoding of strings, with digit parsing via isdigit.
def encode(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)

def decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

src = "".join(chr(97 + (i * i) % 5) * (1 + i % 7) for i in range(15000))
enc = encode(src)
dec = decode(enc)
print(len(src), len(enc), dec == src, enc[:40])
