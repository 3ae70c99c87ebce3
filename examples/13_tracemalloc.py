# tracemalloc: which line allocated how much memory
# Mechanism: memory allocation tracing
import tracemalloc

tracemalloc.start()
words = [str(i) * 3 for i in range(200)]
table = {w: len(w) for w in words}
current, peak = tracemalloc.get_traced_memory()
print("current > 0:", current > 0, "peak >= current:", peak >= current)
for stat in tracemalloc.take_snapshot().statistics("lineno")[:2]:
    print(stat.traceback[0].lineno, stat.count > 0)
tracemalloc.stop()
