# defaultdict(list) and defaultdict(int) grouping
from collections import defaultdict
byrem = defaultdict(list)
counts = defaultdict(int)
for i in range(80000):
    byrem[i % 211].append(i)
    counts[(i * 31) % 997] += 1
nested = defaultdict(lambda: defaultdict(int))
for i in range(20000):
    nested[i % 13][i % 17] += i
print(len(byrem), sum(len(v) for v in byrem.values()), max(counts.values()), sum(nested[5].values()))
