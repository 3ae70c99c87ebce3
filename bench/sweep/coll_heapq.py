# heapq: Dijkstra on a grid, heapify, nlargest/nsmallest
import heapq
W = 70
cost = [[(r * 31 + c * 17) % 9 + 1 for c in range(W)] for r in range(W)]
dist = {(0, 0): 0}
pq = [(0, 0, 0)]
while pq:
    d, r, c = heapq.heappop(pq)
    if d > dist.get((r, c), 1 << 30):
        continue
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < W and 0 <= nc < W:
            nd = d + cost[nr][nc]
            if nd < dist.get((nr, nc), 1 << 30):
                dist[(nr, nc)] = nd
                heapq.heappush(pq, (nd, nr, nc))
xs = [(i * 7919) % 10007 for i in range(20000)]
h = xs[:]
heapq.heapify(h)
small = [heapq.heappop(h) for _ in range(100)]
print(dist[(W - 1, W - 1)], small[:5], heapq.nlargest(3, xs), heapq.nsmallest(3, xs, key=lambda v: -v))
