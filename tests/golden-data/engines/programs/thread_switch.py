# Threads: CPU-bound threads take turns every switch interval; sleeping threads overlap.
import _thread, time, sys
done = [_thread.allocate_lock() for _ in range(2)]
for d in done: d.acquire()
log = []
def spin(k):
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.2:
        n += 1
        if not log or log[-1] != k:
            log.append(k)
    done[k].release()
_thread.start_new_thread(spin, (0,))
_thread.start_new_thread(spin, (1,))
for d in done: d.acquire()
print(len(log) >= 3, log[:3])
start = time.perf_counter()
def sleeper(k):
    time.sleep(0.2)
    done[k].release()
for k in range(2): _thread.start_new_thread(sleeper, (k,))
for d in done: d.acquire()
print("overlap", time.perf_counter() - start < 0.38)
