"""re: the subject string and the Pattern are not leaked or over-referenced by matching, Match objects, scanners, templates."""
import re, sys, gc
s = 'ab12 cd34 ' * 3
p = re.compile(r'(\w)(\d)?')
before = sys.getrefcount(s), sys.getrefcount(p)
for _ in range(3):
    p.findall(s); p.split(s); p.sub('-', s); p.sub(lambda m: m.group(1), s); p.sub(r'\2', s)
    [m.span() for m in p.finditer(s)]; p.match(s); p.fullmatch(s); p.search(s, 3)
    m = p.match(s); m.regs; m.group(1, 2); del m
    sc = p.scanner(s); sc.search(); del sc
print(sys.getrefcount(s) - before[0], sys.getrefcount(p) - before[1])
m = p.search(s)
print(sys.getrefcount(s), sys.getrefcount(p), gc.is_tracked(m))
x = 'abc'
r = re.sub('z', 'y', x)
print(r is x, sys.getrefcount(x))
