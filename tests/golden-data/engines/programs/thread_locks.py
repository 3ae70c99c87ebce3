import _thread, time
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []
def worker(n):
    for i in range(3):
        out.append((n, i))
        time.sleep(0.01)
    if n == 2:
        done.release()
_thread.start_new_thread(worker, (1,))
_thread.start_new_thread(worker, (2,))
print(done.acquire(timeout=5))
time.sleep(0.05)
print(sorted(out))
print(lock.acquire(), lock.locked(), lock.acquire(False), repr(lock).split(" object")[0])
lock.release()
print(_thread._count())
