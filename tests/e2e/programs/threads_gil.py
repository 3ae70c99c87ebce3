import _thread
import time

done = _thread.allocate_lock()
results = []


def worker(name, n):
    total = 0
    for i in range(n):
        total += i
    results.append((name, total))
    if len(results) == 2:
        done.release()


done.acquire()
_thread.start_new_thread(worker, ("w0", 100_000))
_thread.start_new_thread(worker, ("w1", 100_000))
done.acquire()
print(sorted(results))
