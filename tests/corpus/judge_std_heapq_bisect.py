"""Task scheduling with heapq and grade lookup with bisect."""
import heapq
import bisect

tasks = [(3, "write report"), (1, "fix bug"), (4, "lunch"), (2, "review PR"), (1, "deploy")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print(heap[0], len(heap))
order = []
while heap:
    order.append(heapq.heappop(heap))
print(order)
nums = [9, 1, 8, 2, 7, 3, 6, 4, 5]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(3, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 40}, {"name": "di", "age": 19}]
print([p["name"] for p in heapq.nsmallest(2, people, key=lambda p: p["age"])])
print([p["name"] for p in heapq.nlargest(2, people, key=lambda p: p["age"])])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "kiwi"], ["banana", "fig"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nb, w in graph[node]:
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                heapq.heappush(pq, (nd, nb))
    return dist
graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
print(sorted(dijkstra(graph, "A").items()))

def running_median(stream):
    lo, hi = [], []
    out = []
    for x in stream:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
def grade(score):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 10)
print(a)
records = [("ann", 31), ("bob", 25), ("cy", 40)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)])
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 25, key=lambda r: r[1]))
bisect.insort(records, ("dee", 28), key=lambda r: r[1])
print(records)
def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    return i if i != len(seq) and seq[i] == x else -1
print(index_of(a, 7), index_of(a, 3))
