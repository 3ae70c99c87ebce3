# Non-ASCII text: accented and CJK characters, emoji; len, slicing, find, upper, encode.
base = "Zoë’s café — naïve façade, 東京 and 北京 🙂 over ünïcödé text. "
doc = base * 800
n = 0
for i in range(0, len(doc) - 20, 37):
    piece = doc[i:i + 20]
    n += len(piece.upper()) + piece.find("é") + ord(piece[3])
words = doc.split()
caps = [w.capitalize() for w in words[:5000]]
enc = doc.encode("utf-8")
back = enc.decode("utf-8")
print(n, len(doc), len(enc), back == doc, caps[:6], doc.count("🙂"), doc[::-1][:10])
