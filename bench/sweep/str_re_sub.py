# re.sub with string templates, backreferences and a replacement function; re.split.
import re
text = " ".join(f"Item{i}:  price={i * 3 % 101}.{i % 100:02d}  qty={i % 9}" for i in range(5000))
a = re.sub(r"\s+", " ", text)
b = re.sub(r"price=(\d+)\.(\d+)", r"\2.\1$", a)
c = re.sub(r"qty=(\d)", lambda m: "qty=" + str(int(m.group(1)) * 2), b)
d = re.split(r"[:=]\s*", c)
e = re.sub(r"[aeiou]", "", text, count=1000)
n, k = re.subn(r"Item(\d+)", r"<\1>", text)
print(len(a), b[:60], c[:80], len(d), len(e), k, n[:50])
