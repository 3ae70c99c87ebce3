# deque: appendleft/popleft/rotate, sliding window maximum
from collections import deque
vals = [(i * 7919) % 1009 for i in range(60000)]
k = 50
dq = deque()
out = 0
for i, v in enumerate(vals):
    while dq and vals[dq[-1]] <= v:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        out += vals[dq[0]]
r = deque(range(100))
for i in range(20000):
    r.rotate(3 if i & 1 else -2)
    r.appendleft(r.pop())
print(out, r[0], r[-1], len(r))
