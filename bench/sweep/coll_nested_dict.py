# nested dicts: a graph as adjacency dict of dicts, BFS distances
N = 2000
graph = {}
for i in range(N):
    graph[i] = {}
    for j in (1, 7, 31, 101):
        graph[i][(i + j) % N] = j
        graph.setdefault((i * j) % N, {})[i] = j
from collections import deque
total = 0
for src in range(0, N, 100):
    dist = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        du = dist[u]
        for v in graph[u]:
            if v not in dist:
                dist[v] = du + 1
                q.append(v)
    total += sum(dist.values())
print(total)
