# Regular expressions: findall over log text, compiled and module-level.
import re
lines = []
for i in range(8000):
    lines.append(f"2024-03-{i % 28 + 1:02d} 10:{i % 60:02d}:{i * 7 % 60:02d} user{i % 37}@example.com GET /api/v{i % 3}/items/{i} 200 {i % 997}ms")
text = "\n".join(lines)
emails = re.findall(r"[\w.]+@[\w.]+", text)
nums = re.findall(r"\d+", text)
pat = re.compile(r"/api/v(\d)/items/(\d+)")
pairs = pat.findall(text)
times = re.findall(r"(\d\d):(\d\d):(\d\d)", text)
words = re.findall(r"\b[a-z]+\b", text)
print(len(emails), len(nums), len(pairs), pairs[5], len(times), times[9], len(words), sum(int(n) for n in nums[:1000]))
