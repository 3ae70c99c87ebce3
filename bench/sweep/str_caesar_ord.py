# Caesar cipher: iterate over characters with ord/chr and rebuild the string.
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, again and again! " * 400
enc = shift(msg, 13)
dec = shift(enc, 13)
checksum = 0
for c in enc:
    checksum = (checksum * 31 + ord(c)) % 1000003
print(dec == msg, enc[:40], checksum)
