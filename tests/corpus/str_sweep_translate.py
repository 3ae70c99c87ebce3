# str.translate: results, identity of unchanged results, lookup counts of custom mappings, errors.
import string
class Counting(dict):
    calls = 0
    def __getitem__(self, k):
        Counting.calls += 1
        return dict.__getitem__(self, k)
class Mapper:
    def __init__(self): self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        if k == 97: return None
        if k == 98: return "BB"
        if k == 99: return 0x263a
        if k == 100: return None
        raise IndexError(k)
t = str.maketrans("abc", "xyz", "d")
for s in ("abcabcdd", "", "a", "hello world", "dd", "xdx", "caf\u00e9 abc", "\U0001f642ab\U0001f642d", "ddd\u00e9ddaa"):
    r = s.translate(t)
    print(repr(r), r is s, s.translate({}) is s, s.translate({}) == s)
c = Counting(t)
Counting.calls = 0
print("abcabcaaaaxxxdd".translate(c), Counting.calls)
Counting.calls = 0
print("abcabc\u00e9aaaaxxxdd".translate(c), Counting.calls)
m = Mapper()
print(repr("aabbccddxyaa".translate(m)), m.calls)
m = Mapper()
print(repr("xyzadz\u00e9".translate(m)), m.calls)
m = Mapper()
print(repr("adadq".translate(m)), m.calls)
for bad in ({97: -1}, {97: 0x110000}, {97: 2.5}, {97: 2**70}, {97: b"x"}):
    try:
        "abc".translate(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".translate()
except TypeError as e:
    print(e)
print("abc".translate({97: "\u00e9\u00e9", 98: 0x1f642}), "abc".translate({97: True}), "a".translate({97: "z"}) is "z")
print("hello".translate(str.maketrans({"l": "L", "o": None})), "x".translate([1, 2]))
print(len(("Hello, World! " * 100).translate(str.maketrans("", "", string.punctuation))))
