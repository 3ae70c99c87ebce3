import tracemalloc


def build(n):
    return [k * 3 for k in range(n)]


def main():
    tracemalloc.start()
    first = build(1000)
    s1 = tracemalloc.take_snapshot()
    second = build(3000)
    s2 = tracemalloc.take_snapshot()
    for st in s2.compare_to(s1, "lineno")[:1]:
        print(st)
    for st in s2.statistics("filename")[:1]:
        print(st)
    top = s2.statistics("traceback")[0]
    print(top.count, len(top.traceback), top.traceback[0].lineno)
    print(tracemalloc._format_size(1023, False), tracemalloc._format_size(10240, True), tracemalloc._format_size(5 * 1024 ** 3, False))
    del second
    tracemalloc.clear_traces()
    print(len(tracemalloc.take_snapshot().traces), len(first))
    tracemalloc.stop()


main()
