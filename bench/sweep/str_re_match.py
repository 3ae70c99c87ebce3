# Compiled regex match/search per line with groups, groupdict, and fullmatch validation.
import re
LINE = re.compile(r"(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<day>\d+)/(?P<mon>\w+)\] \"(?P<verb>GET|POST) (?P<path>\S+)\" (?P<code>\d{3})")
lines = [f'10.0.{i % 256}.{i % 7} - - [{i % 28 + 1}/Mar] "{("GET", "POST")[i % 2]} /p/{i % 50}/x" {(200, 404, 500)[i % 3]}' for i in range(12000)]
codes = {}
paths = set()
valid = 0
for ln in lines:
    m = LINE.match(ln)
    if m:
        codes[m.group("code")] = codes.get(m.group("code"), 0) + 1
        paths.add(m.group("path"))
        d = m.groupdict()
        if d["verb"] == "POST" and int(d["day"]) > 14:
            valid += 1
    if re.search(r"/p/4\d/", ln):
        valid += 1
    if re.fullmatch(r"[\d.]+", ln.split(" ", 1)[0]):
        valid += 1
print(sorted(codes.items()), len(paths), valid)
