# str.translate with maketrans tables: removing punctuation, mapping characters, ROT13.
import string
text = ("Hello, World! This is a test -- of (str.translate); with punctuation? Yes: 100% sure. " * 30)
rm = str.maketrans("", "", string.punctuation)
rot = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                    string.ascii_lowercase[13:] + string.ascii_lowercase[:13] +
                    string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
sub = {ord("a"): "4", ord("e"): "3", ord("o"): None}
n = 0
for i in range(300):
    a = text.translate(rm)
    b = a.translate(rot)
    c = text.translate(sub)
    n += len(a) + len(b) + len(c)
print(n, a[:40], b[:40], c[:40])
