# bytes/bytearray: encode/decode, bytes methods, building with bytearray, hex().
text = "\n".join("line %d: caf\u00e9 na\u00efve r\u00e9sum\u00e9 %d" % (i, i * i) for i in range(6000))
data = text.encode("utf-8")
back = data.decode("utf-8")
lines = data.split(b"\n")
ba = bytearray()
count = 0
for ln in lines:
    ba += ln.upper()
    ba.append(10)
    count += ln.count(b"\xc3") + ln.find(b":")
    if ln.startswith(b"line 1"):
        count += 1
raw = bytes(ba)
ascii_ = text.encode("ascii", "replace")
latin = back.encode("latin-1")
print(len(data), back == text, count, len(raw), raw[:30], ascii_[:30], len(latin), raw[100:110].hex())
