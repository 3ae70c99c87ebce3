# sys.audit with and without hooks (no hook: nothing is checked), and a hook that sees only
# the program's own events.
import sys
print(sys.audit("x.y", 1, 2), sys.audit(5))
seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)) if ev.startswith("my.") else None)
sys.audit("my.event", 1, "two")
sys.audit("other")
print(seen)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
