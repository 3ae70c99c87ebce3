"""Log parsing and text cleanup with re."""
import re

log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200 0.012s
2024-01-15 10:24:07 WARNING [web] GET /missing 404 0.003s
2024-01-16 08:00:00 INFO [cron] job=backup status=ok
2024-01-16 08:05:13 ERROR [db] Timeout after 30s (code=110)"""

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$", re.M)
for m in LINE.finditer(log):
    print(m.group("level"), m["src"], m.group("date", "time"), len(m.group("msg")))
m = LINE.search(log)
print(m.groupdict())
print(m.span(), m.start("level"), m.end("level"), m.lastgroup, m.lastindex)
print(re.findall(r"code=(\d+)", log))
print(re.findall(r"(\w+)=(\w+)", log))
print(re.findall(r"\b\d+\.\d+s\b", log))
print([m.group(0) for m in re.finditer(r"GET (\S+)", log)])
levels = re.split(r"\s*\n\s*", log)
print(len(levels), levels[1][:20])
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(\d)", "a1b2c3"))
print(re.split(r"x*", "axbc"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.sub(r"\d", "#", "call 555-1234 now"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or amy@test.com"))
print(re.sub(r"(?P<word>\b\w{4}\b)", lambda m: m.group("word").upper(), "this is some text with four char words"))
def celsius(m):
    f = float(m.group(1))
    return f"{(f - 32) * 5 / 9:.1f}C"
print(re.sub(r"(-?\d+(?:\.\d+)?)F", celsius, "Today 68F, tomorrow 75.5F, night -4F"))
print(re.subn(r"a", "A", "banana"), re.sub("a", "o", "banana", count=2))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc123"), re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello1"))
print(bool(re.search(r"^hello", "say hello", re.I)), bool(re.search(r"HELLO", "say hello", re.IGNORECASE)))
pat = re.compile(r"""
    (?P<user>[\w.]+)   # user name
    @
    (?P<domain>[\w.]+) # domain
""", re.VERBOSE)
print(pat.match("john.doe@mail.example.org").groupdict())
print(re.findall(r"^\w+", "first line\nsecond line\nthird", re.MULTILINE))
print(re.findall(r"a.c", "abc\na\nc", re.DOTALL), re.findall(r"a.c", "abc\na\nc"))
print(re.escape("1+1=2? (yes) [ok]"), re.escape("a.b*c"))
print(pat.pattern[:20].strip(), pat.flags & re.VERBOSE == re.VERBOSE, pat.groups, pat.groupindex["domain"])
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here ").strip())
print(re.findall(r"(?i)colou?r", "Color colour COLOR"))
print(re.search(r"(\d+)-(\d+)", "range 10-20").groups(), re.search(r"(a)?b", "b").groups(), re.search(r"(a)?b", "b").groups("-"))
print(re.findall(r"(?<=\$)\d+", "cost $100 or $250"), re.findall(r"\d+(?!px)", "10px 20em 30"))
print(re.sub(r"(?m)^", "> ", "quoted\ntext"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.expand(r"\2, \1"), m[1], m.string, m.re.pattern, m.pos, m.endpos)
words = re.compile(r"[A-Za-z']+")
freq = {}
for w in words.findall("It's the end of the world as we know it, and I feel fine. It's fine."):
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(re.compile(r"\d+").sub(lambda m: str(int(m.group()) * 2), "1 2 3 40"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(repr(re.compile(r"ab+c", re.I)), re.match("a", "a"))
