# tracemalloc: one statistic per line, CPython's request sizes (medium ints are 32-byte blocks,
# the set's table is one block).
import tracemalloc


def main():
    tracemalloc.start()
    squares = {n * 7 for n in range(20_000)}
    total = sum(squares)
    snap = tracemalloc.take_snapshot()
    for stat in snap.statistics("lineno")[:3]:
        print(stat)
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), total)
    tracemalloc.stop()
    print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())


main()
