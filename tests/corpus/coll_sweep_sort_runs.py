# sorted()/list.sort over presorted, reversed and run-structured int/float/str keys, with reverse
# and key=, checking stability through the positions of equal keys
import random
rng = random.Random(7)
def check(name, data, **kw):
    tagged = list(enumerate(data))
    kf = kw.get("key") or (lambda v: v)
    out = sorted(tagged, key=lambda p: kf(p[1]), reverse=kw.get("reverse", False))
    direct = sorted(data, **kw)
    lst = list(data); lst.sort(**kw)
    print(name, sorted(kw), direct[:6], direct[-3:], [p[0] for p in out[:8]], lst == direct)
n = 300
asc = list(range(n))
check("asc", asc); check("asc", asc, reverse=True)
check("desc", asc[::-1]); check("desc", asc[::-1], reverse=True)
check("flat", [5] * 50); check("flat", [5] * 50, reverse=True)
check("plateaus-desc", sorted([i // 7 for i in range(n)], reverse=True))
check("plateaus-desc", sorted([i // 7 for i in range(n)], reverse=True), reverse=True)
check("desc-chunks", [x for c in range(10) for x in range(c * 40 + 31, c * 40 - 1, -1)])
check("saw", [i % 37 for i in range(n)], reverse=True)
check("floats", [((i * 7919) % 101) / 3 for i in range(n)])
check("mixed", [i if i % 2 else i + 0.5 for i in range(n, 0, -1)])
check("big", [10 ** 20 - i for i in range(100)])
check("strs-desc", ["w%04d" % i for i in range(200, 0, -1)])
check("strs-asc", ["w%04d" % i for i in range(200)], reverse=True)
r = [rng.randrange(50) for _ in range(n)]
check("random", r); check("random", r, reverse=True)
check("key-neg", asc, key=lambda v: -v)
check("key-mod", asc, key=lambda v: v % 10, reverse=True)
nearly = list(range(n)); nearly[100], nearly[200] = nearly[200], nearly[100]
check("nearly", nearly); check("nearly", nearly[::-1])
