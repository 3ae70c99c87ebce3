# bisect: sorted insertion, binary searches, longest increasing subsequence
import bisect
vals = [(i * 7919) % 10007 for i in range(30000)]
tails = []
for v in vals:
    j = bisect.bisect_left(tails, v)
    if j == len(tails):
        tails.append(v)
    else:
        tails[j] = v
s = []
for v in vals[:4000]:
    bisect.insort(s, v)
cnt = 0
for q in range(0, 10007, 3):
    cnt += bisect.bisect_right(s, q) - bisect.bisect_left(s, q)
print(len(tails), s[:5], cnt)
